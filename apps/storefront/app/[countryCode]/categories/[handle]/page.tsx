import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { ProductGrid } from "@/components/product-grid"
import { countryName } from "@/lib/format"
import { fromPrice, getCategory, inStock, listProducts, productsShippingTo, regionForCountry } from "@/lib/medusa"
import { currentLocale } from "@/lib/request"
import { isoClassName, isoCodeOfHandle } from "@/lib/trade"

export const dynamic = "force-dynamic"

type Params = { countryCode: string; handle: string }
type Filters = { min?: string; max?: string; maker?: string; stock?: string; cert?: string; ships?: string }

async function className(handle: string) {
  const [category, locale] = await Promise.all([getCategory(handle), currentLocale()])
  const iso = isoClassName(isoCodeOfHandle(handle), locale)
  return { category, name: iso?.name ?? category.name, lang: iso?.lang ?? "en" }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await className(params.handle)).name }
}

/**
 * One ISO 9999 class, filtered by price, manufacturer, certification (certificates valid today that cover
 * the product), "ships to my country" (a shipping option from the park serves it) and stock, with a plain GET form.
 */
export default async function CategoryPage({ params, searchParams }: { params: Params; searchParams: Filters }) {
  const { countryCode, handle } = params
  const [region, { category, name, lang }, t, tProduct, locale] = await Promise.all([
    regionForCountry(countryCode),
    className(handle),
    getTranslations("category"),
    getTranslations("product"),
    currentLocale(),
  ])
  // A class holds a few dozen products at most: filter them here rather than page through the API.
  const { products } = await listProducts(region, { categoryId: category.id, limit: 100 })
  const makers = products.map((p) => p.manufacturer ?? null)
  const makerOf = new Map(products.map((p, i) => [p.id, makers[i]]))
  const manufacturers = [...new Map(makers.filter((m) => m).map((m) => [m!.handle, m!])).values()]
  const certificateTypes = [...new Set(makers.flatMap((m) => m?.certificates?.map((c) => c.type) ?? []))].sort()
  const shipping = searchParams.ships === "1" ? await productsShippingTo(countryCode, products.map((p) => p.id)) : null
  const min = Number(searchParams.min) || 0
  const max = Number(searchParams.max) || Infinity
  const shown = products.filter((p) => {
    const price = fromPrice(p)?.calculated_amount
    if ((min || max < Infinity) && (price === undefined || price < min || price > max)) return false
    if (searchParams.maker && makerOf.get(p.id)?.handle !== searchParams.maker) return false
    if (searchParams.cert && !makerOf.get(p.id)?.certificates?.some((c) => c.type === searchParams.cert)) return false
    if (shipping && !shipping.has(p.id)) return false
    if (searchParams.stock === "1" && !p.variants.some(inStock)) return false
    return true
  })
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
              <option key={m.handle} value={m.handle} lang="en">{m.legal_name_en}</option>
            ))}
          </select>
          <label htmlFor="cert">{t("certification")}</label>
          <select id="cert" name="cert" defaultValue={searchParams.cert ?? ""}>
            <option value="">{t("anyCertification")}</option>
            {certificateTypes.map((type) => (
              <option key={type} value={type}>{tProduct.has(`certificateType.${type}`) ? tProduct(`certificateType.${type}`) : type}</option>
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
          <h2 id="results" aria-live="polite">{t("results", { count: shown.length })}</h2>
          <ProductGrid products={shown} countryCode={countryCode} compare />
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
