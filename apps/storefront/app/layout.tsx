import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { direction } from "@/lib/locale"
import { currentLocale, currentPath, highContrast, languageAlternates } from "@/lib/request"
import "./globals.css"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site")
  return {
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("description"),
    alternates: { languages: languageAlternates(currentPath()) },
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await currentLocale()
  return (
    <html lang={locale} dir={direction(locale)} data-contrast={highContrast() ? "high" : undefined}>
      <body>{children}</body>
    </html>
  )
}
