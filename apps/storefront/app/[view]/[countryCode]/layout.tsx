import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { CartLink } from "@/components/cart-link"
import { SearchBox } from "@/components/search-box"
import { SiteHeader } from "@/components/site-header"
import { countryName } from "@/lib/format"
import { regionForCountry } from "@/lib/medusa"
import { SUGGESTION_LIMIT } from "@/lib/search-params"
import { enterView } from "@/lib/request"

type Params = { view: string; countryCode: string }

/** Rendered once per view and country: nothing here is one buyer's own (the cart count comes from the browser). */
export default async function CountryLayout({ children, params }: { children: ReactNode; params: Params }) {
  const { countryCode } = params
  const view = enterView(params.view)
  const { locale } = view
  const [region, t, ts, tt] = await Promise.all([
    regionForCountry(countryCode),
    getTranslations("header"),
    getTranslations("search"),
    getTranslations("trace"),
  ])
  return (
    <>
      <SiteHeader view={view} countryCode={countryCode}>
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
              <CartLink href={`/${countryCode}/cart`} label={t("cart", { count: 0 })} locale={locale} />
            </li>
            <li><Link href={`/${countryCode}/account`}>{view.signedIn ? t("account") : t("login")}</Link></li>
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
