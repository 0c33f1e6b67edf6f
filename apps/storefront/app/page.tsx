import Link from "next/link"
import { listRegions } from "@/lib/medusa"

export const dynamic = "force-dynamic"

/** Where do you live? Each country has its region, currency and taxes. */
export default async function ChooseCountry() {
  const regions = await listRegions()
  const countries = regions
    .flatMap((r) => r.countries.map((c) => ({ ...c, currency: r.currency_code })))
    .sort((a, b) => a.display_name.localeCompare(b.display_name))
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="site-header">
        <span className="brand">Assistive devices from China</span>
      </header>
      <main id="main">
        <h1>Choose the country you live in</h1>
        <p>Prices, taxes and delivery are shown for your country.</p>
        <ul className="country-list">
          {countries.map((c) => (
            <li key={c.iso_2}>
              <Link href={`/${c.iso_2}`} lang="en">
                {c.display_name} ({c.currency.toUpperCase()})
              </Link>
            </li>
          ))}
        </ul>
      </main>
    </>
  )
}
