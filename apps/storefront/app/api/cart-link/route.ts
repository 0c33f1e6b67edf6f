import { NextResponse, type NextRequest } from "next/server"
import { getTranslations } from "next-intl/server"
import { DEFAULT_LOCALE, isLocale } from "@/lib/locale"
import { isDutiesLine } from "@/lib/medusa"
import { currentCart } from "@/lib/session"

export const dynamic = "force-dynamic"

/**
 * The header's cart link text with this buyer's count of goods ("Cart (2)"; a duties line is not goods): the one part of a catalogue
 * page that is the buyer's own, asked by the page in the browser so the page itself can be cached.
 */
export async function GET(request: NextRequest) {
  const lang = request.nextUrl.searchParams.get("lang")
  const t = await getTranslations({ locale: isLocale(lang) ? lang : DEFAULT_LOCALE, namespace: "header" })
  const items = (await currentCart())?.items.reduce((n, i) => n + (isDutiesLine(i) ? 0 : i.quantity), 0) ?? 0
  return NextResponse.json({ label: t("cart", { count: items }) }, { headers: { "cache-control": "private, no-store" } })
}
