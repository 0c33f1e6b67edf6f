import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { LOCALES, LOCALE_NAMES } from "@/lib/locale"
import type { View } from "@/lib/view"

/**
 * Skip link, brand, the buyer's tools (language, display) and, inside a country, its navigation.
 * The switches are relative to the page the browser shows (its public URL), so one cached header serves every page.
 */
export async function SiteHeader({ view, countryCode, children }: { view: View; countryCode?: string; children?: React.ReactNode }) {
  const t = await getTranslations("header")
  const { locale, highContrast: contrast } = view
  return (
    <>
      <a className="skip-link" href="#main">{t("skip")}</a>
      <header className="site-header">
        <Link className="brand" href={countryCode ? `/${countryCode}` : "/"}>{t("brand")}</Link>
        {children}
        <div className="tools">
          <nav aria-label={t("language")} className="languages">
            <ul>
              {LOCALES.map((l) => (
                <li key={l}>
                  <a href={`?lang=${l}`} hrefLang={l} lang={l} aria-current={l === locale ? "true" : undefined}>
                    {LOCALE_NAMES[l]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <form method="get" className="contrast">
            <button type="submit" name="contrast" value={contrast ? "standard" : "high"} aria-pressed={contrast}>
              {t("contrast")}
            </button>
          </form>
        </div>
      </header>
    </>
  )
}
