import { notFound } from "next/navigation"
import { isLocale } from "@/lib/locale"
import { listIsoCategories, listProductHandles, listRegions } from "@/lib/medusa"
import { siteOrigin } from "@/lib/request"
import { localeSitemap } from "@/lib/sitemap"

export const dynamic = "force-dynamic"

/** /sitemaps/ru.xml: the Russian pages of every country we serve. */
export async function GET(_req: Request, { params }: { params: { file: string } }) {
  const locale = params.file.replace(/\.xml$/, "")
  if (!isLocale(locale)) notFound()
  const [regions, classes, handles] = await Promise.all([listRegions(), listIsoCategories(), listProductHandles()])
  const countries = regions.flatMap((r) => r.countries.map((c) => c.iso_2)).sort()
  const paths = [
    "",
    ...classes.flatMap((c) => c.category_children ?? []).map((c) => `/categories/${c.handle}`),
    ...handles.map((h) => `/products/${h}`),
  ]
  return new Response(localeSitemap(siteOrigin(), locale, countries, paths), { headers: { "content-type": "application/xml; charset=utf-8" } })
}
