import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { LOCALES, LOCALE_NAMES } from "@/lib/locale"
import { currentLocale, currentPath, highContrast } from "@/lib/request"

/** Skip link, brand, the buyer's tools (language, display) and, inside a country, its navigation. */
export async function SiteHeader({ countryCode, children }: { countryCode?: string; children?: React.ReactNode }) {
  const t = await getTranslations("header")
  const locale = await currentLocale()
  const path = currentPath()
  const contrast = highContrast()
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
                  <a href={`${path}?lang=${l}`} hrefLang={l} lang={l} aria-current={l === locale ? "true" : undefined}>
                    {LOCALE_NAMES[l]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <form method="get" action={path} className="contrast">
            <button type="submit" name="contrast" value={contrast ? "standard" : "high"} aria-pressed={contrast}>
              {t("contrast")}
            </button>
          </form>
        </div>
      </header>
    </>
  )
}
