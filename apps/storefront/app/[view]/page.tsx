import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { SiteHeader } from "@/components/site-header"
import { countryName } from "@/lib/format"
import { listRegions } from "@/lib/medusa"
import { enterView, languageAlternates } from "@/lib/request"

type Params = { view: string }

// One page per view, kept a minute (the regions' own cache time).
export const revalidate = 60
export function generateStaticParams() {
  return []
}

export function generateMetadata({ params }: { params: Params }): Metadata {
  enterView(params.view)
  return { alternates: { languages: languageAlternates("/") } }
}

/** Where do you live? Each country has its region, currency and taxes. */
export default async function ChooseCountry({ params }: { params: Params }) {
  const view = enterView(params.view)
  const { locale } = view
  const [regions, t] = await Promise.all([listRegions(), getTranslations("chooseCountry")])
  const collator = new Intl.Collator(locale)
  const countries = regions
    .flatMap((r) => r.countries.map((c) => ({ code: c.iso_2, name: countryName(c.iso_2, locale), currency: r.currency_code })))
    .sort((a, b) => collator.compare(a.name, b.name))
  return (
    <>
      <SiteHeader view={view} />
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
