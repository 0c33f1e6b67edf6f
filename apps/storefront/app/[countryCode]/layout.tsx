import Link from "next/link"
import type { ReactNode } from "react"
import { SearchBox } from "@/components/search-box"
import { regionForCountry } from "@/lib/medusa"

export default async function CountryLayout({
  children,
  params,
}: {
  children: ReactNode
  params: { countryCode: string }
}) {
  const { countryCode } = params
  const region = await regionForCountry(countryCode)
  const country = region.countries.find((c) => c.iso_2 === countryCode.toLowerCase())
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="site-header">
        <Link className="brand" href={`/${countryCode}`}>Assistive devices from China</Link>
        <SearchBox countryCode={countryCode} />
        <p>
          Delivering to <strong>{country?.display_name ?? region.name}</strong>, prices in{" "}
          <strong>{region.currency_code.toUpperCase()}</strong> · <Link href="/">Change country</Link>
        </p>
      </header>
      <main id="main">{children}</main>
      <footer className="site-footer">
        <p>Shipped from the Jiaxing logistics park, Zhejiang, China. Export customs cleared for every order.</p>
      </footer>
    </>
  )
}
