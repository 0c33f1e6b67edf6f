import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { Pagination, ProductGrid } from "@/components/product-grid"
import { countryName } from "@/lib/format"
import { getCategory, listProducts, regionForCountry, type CatalogFilters } from "@/lib/medusa"
import { CATEGORY_PAGE_SIZE, pageFrom } from "@/lib/paging"
import { enterView, languageAlternates } from "@/lib/request"
import { isoClassName, isoCodeOfHandle } from "@/lib/trade"
import { readState, type View } from "@/lib/view"
import { certificateTypeName } from "@/lib/certificates"

// Rendered once per view, country, class and filters, then served from Next's cache: a catalogue change drops
// it at once (the backend's revalidation, app/api/revalidate); otherwise it is rendered again in the
// background after a minute, as long as the regions it shows are kept.
export const revalidate = 60
export function generateStaticParams() {
  return []
}

type Params = { view: string; countryCode: string; handle: string; state: string }

async function className(handle: string, view: View) {
  const category = await getCategory(handle)
  const iso = isoClassName(isoCodeOfHandle(handle), view.locale)
  return { category, name: iso?.name ?? category.name, lang: iso?.lang ?? "en" }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const view = enterView(params.view)
  return {
    title: (await className(params.handle, view)).name,
    alternates: { languages: languageAlternates(`/${params.countryCode}/categories/${params.handle}`) },
  }
}

/**
 * One ISO 9999 class, filtered by price, manufacturer, certification (certificates valid today that cover
 * the product), "ships to my country" (a shipping option from the park serves it) and stock, with a plain GET
 * form, a page at a time. The query arrives as the [state] segment (see middleware.ts).
 */
export default async function CategoryPage({ params }: { params: Params }) {
  const { countryCode, handle } = params
  const view = enterView(params.view)
  const { locale } = view
  const searchParams = readState("categories", params.state)
  const page = pageFrom(searchParams.page)
  const region = await regionForCountry(countryCode)
  const [{ category, name, lang }, t, tProduct] = await Promise.all([
    className(handle, view),
    getTranslations("category"),
    getTranslations("product"),
  ])
  // The catalogue route filters and counts the whole class (a price of 0 bounds nothing, as before).
  const filters: CatalogFilters = {
    min_price: Number(searchParams.min) ? searchParams.min : undefined,
    max_price: Number(searchParams.max) ? searchParams.max : undefined,
    manufacturer: searchParams.maker,
    certificate: searchParams.cert,
    ships_to: searchParams.ships === "1" ? countryCode : undefined,
    in_stock: searchParams.stock === "1" ? "true" : undefined,
  }
  const { products: shown, count: total, facets } = await listProducts(region, {
    categoryId: category.id,
    limit: CATEGORY_PAGE_SIZE,
    offset: (page - 1) * CATEGORY_PAGE_SIZE,
    filters,
    facets: true,
  })
  const { manufacturers, certificates } = facets!
  const query = new URLSearchParams(Object.entries(searchParams).filter(([k]) => k !== "page"))
  const base = `/${countryCode}/categories/${handle}${query.size ? `?${query}` : ""}`
  const currency = region.currency_code.toUpperCase()
  return (
    <>
      <nav aria-label={t("breadcrumb")}>
        <Link href={`/${countryCode}`}>{t("all")}</Link>
      </nav>
      <h1 lang={lang}>{name}</h1>
      <div className="with-filters">
        <form method="get" className="filters" aria-labelledby="filters-title">
          <h2 id="filters-title">{t("filters")}</h2>
          <fieldset>
            <legend>{t("price", { currency })}</legend>
            <label htmlFor="min">{t("min")}</label>
            <input id="min" name="min" type="number" inputMode="decimal" min={0} defaultValue={searchParams.min} />
            <label htmlFor="max">{t("max")}</label>
            <input id="max" name="max" type="number" inputMode="decimal" min={0} defaultValue={searchParams.max} />
          </fieldset>
          <label htmlFor="maker">{t("manufacturer")}</label>
          <select id="maker" name="maker" defaultValue={searchParams.maker ?? ""}>
            <option value="">{t("anyManufacturer")}</option>
            {manufacturers.map((m) => (
              <option key={m.handle} value={m.handle} lang="en">{`${m.legal_name_en} (${m.count})`}</option>
            ))}
          </select>
          <label htmlFor="cert">{t("certification")}</label>
          <select id="cert" name="cert" defaultValue={searchParams.cert ?? ""}>
            <option value="">{t("anyCertification")}</option>
            {certificates.map(({ type, count }) => (
              <option key={type} value={type}>{`${certificateTypeName(tProduct, type)} (${count})`}</option>
            ))}
          </select>
          <label className="check">
            <input type="checkbox" name="ships" value="1" defaultChecked={searchParams.ships === "1"} /> {t("shipsTo", { country: countryName(countryCode, locale) })}
          </label>
          <label className="check">
            <input type="checkbox" name="stock" value="1" defaultChecked={searchParams.stock === "1"} /> {t("inStock")}
          </label>
          <button type="submit">{t("apply")}</button>
        </form>
        <section aria-labelledby="results">
          <h2 id="results" aria-live="polite">{t("results", { count: total })}</h2>
          <ProductGrid products={shown} countryCode={countryCode} compare />
          <Pagination page={page} pages={Math.ceil(total / CATEGORY_PAGE_SIZE)} base={base} />
          {shown.length > 0 && (
            <form id="compare-form" method="get" action={`/${countryCode}/compare`}>
              <p className="muted">{t("compareHint")}</p>
              <button type="submit">{t("compare")}</button>
            </form>
          )}
        </section>
      </div>
    </>
  )
}
