import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { SearchBox } from "@/components/search-box"
import { SiteHeader } from "@/components/site-header"
import { countryName } from "@/lib/format"
import { isDutiesLine, regionForCountry } from "@/lib/medusa"
import { SUGGESTION_LIMIT } from "@/lib/search-params"
import { currentLocale } from "@/lib/request"
import { currentCart, customerToken } from "@/lib/session"

export default async function CountryLayout({ children, params }: { children: ReactNode; params: { countryCode: string } }) {
  const { countryCode } = params
  const [region, t, ts, tt, locale, cart] = await Promise.all([
    regionForCountry(countryCode),
    getTranslations("header"),
    getTranslations("search"),
    getTranslations("trace"),
    currentLocale(),
    currentCart(),
  ])
  const items = cart?.items.reduce((n, i) => n + (isDutiesLine(i) ? 0 : i.quantity), 0) ?? 0
  return (
    <>
      <SiteHeader countryCode={countryCode}>
        <SearchBox
          countryCode={countryCode}
          labels={{
            label: ts("label"),
            placeholder: ts("placeholder"),
            submit: ts("submit"),
            suggestions: ts("suggestions"),
            suggestionsCount: Array.from({ length: SUGGESTION_LIMIT + 1 }, (_, count) => ts("suggestionsCount", { count })),
          }}
        />
        <nav aria-label={t("main")} className="main-nav">
          <ul>
            <li><Link href={`/${countryCode}`}>{t("catalogue")}</Link></li>
            <li><Link href={`/${countryCode}/compare`}>{t("compare")}</Link></li>
            <li>
              <Link href={`/${countryCode}/cart`} data-testid="cart-link">{t("cart", { count: items })}</Link>
            </li>
            <li><Link href={`/${countryCode}/account`}>{customerToken() ? t("account") : t("login")}</Link></li>
          </ul>
        </nav>
        <p className="market">
          {t.rich("market", {
            country: countryName(countryCode, locale),
            currency: region.currency_code.toUpperCase(),
            strong: (chunks) => <strong>{chunks}</strong>,
          })}{" "}
          · <Link href="/">{t("changeCountry")}</Link>
        </p>
      </SiteHeader>
      <main id="main" tabIndex={-1}>{children}</main>
      <footer className="site-footer">
        <p>{t("footer")}</p>
        <p><Link href={`/${countryCode}/trace`}>{tt("footerLink")}</Link></p>
        <p><a href={`/sitemap.xml`}>{t("sitemap")}</a></p>
      </footer>
    </>
  )
}
