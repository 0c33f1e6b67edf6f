import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { SiteHeader } from "@/components/site-header"
import { countryName } from "@/lib/format"
import { listRegions } from "@/lib/medusa"
import { currentLocale } from "@/lib/request"

export const dynamic = "force-dynamic"

/** Where do you live? Each country has its region, currency and taxes. */
export default async function ChooseCountry() {
  const [regions, t, locale] = await Promise.all([listRegions(), getTranslations("chooseCountry"), currentLocale()])
  const collator = new Intl.Collator(locale)
  const countries = regions
    .flatMap((r) => r.countries.map((c) => ({ code: c.iso_2, name: countryName(c.iso_2, locale), currency: r.currency_code })))
    .sort((a, b) => collator.compare(a.name, b.name))
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
        <ul className="country-list">
          {countries.map((c) => (
            <li key={c.code}>
              <Link href={`/${c.code}`}>
                {c.name} ({c.currency.toUpperCase()})
              </Link>
            </li>
          ))}
        </ul>
      </main>
    </>
  )
}
