import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { direction } from "@/lib/locale"
import { enterView, siteOrigin } from "@/lib/request"
import "../globals.css"

type Params = { view: string }

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  enterView(params.view)
  const t = await getTranslations("site")
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("description"),
  }
}

export default function RootLayout({ children, params }: { children: ReactNode; params: Params }) {
  const { locale, highContrast } = enterView(params.view)
  return (
    <html lang={locale} dir={direction(locale)} data-contrast={highContrast ? "high" : undefined}>
      <body>{children}</body>
    </html>
  )
}
