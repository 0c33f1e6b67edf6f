import Link from "next/link"
import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import type { FacetValue, HighlightSegment } from "@aem/search-kit"
import styles from "@/components/search.module.css"
import { formatPrice } from "@/lib/format"
import { regionForCountry } from "@/lib/medusa"
import { searchProducts } from "@/lib/search"
import { SEARCH_PAGE_SIZE, priceValue, readSearchParams, searchHref, storeSearchQuery, type SearchPageParams } from "@/lib/search-params"
import { currentLocale } from "@/lib/request"
import { isoClassName } from "@/lib/trade"
import { certificateTypeName } from "@/lib/certificates"

export const dynamic = "force-dynamic"

type Props = { params: { countryCode: string }; searchParams: Record<string, string | string[] | undefined> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = readSearchParams(searchParams)
  const t = await getTranslations("search")
  return { title: q ? t("titleFor", { q }) : t("title"), robots: { index: false } }
}

function Highlighted({ segments }: { segments: HighlightSegment[] }) {
  return <>{segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>
}

/** One facet as radio buttons, with "Any" first: a plain GET form field, so it works without JavaScript. */
function FacetGroup({
  anyLabel,
  legend,
  name,
  values,
  selected,
  label = (v) => v.label ?? v.value,
}: {
  anyLabel: string
  legend: string
  name: string
  values: FacetValue[]
  selected?: string
  label?: (v: FacetValue) => string
}) {
  if (!values.length && !selected) return null
  return (
    <fieldset>
      <legend>{legend}</legend>
      <label>
        <input type="radio" name={name} value="" defaultChecked={!selected} /> {anyLabel}
      </label>
      {values.map((v) => (
        <label key={v.value}>
          <input type="radio" name={name} value={v.value} defaultChecked={selected === v.value} /> {label(v)} ({v.count})
        </label>
      ))}
    </fieldset>
  )
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { countryCode } = params
  const p: SearchPageParams = readSearchParams(searchParams)
  const [region, locale, t, tProduct] = await Promise.all([regionForCountry(countryCode), currentLocale(), getTranslations("search"), getTranslations("product")])
  const result = await searchProducts(storeSearchQuery(p, countryCode))
  const { facets } = result
  const pages = Math.ceil(result.estimatedTotal / SEARCH_PAGE_SIZE)
  const currency = facets.price.currency || region.currency_code
  const heading = p.q ? t("resultsFor", { q: p.q }) : t("all")
  const any = t("any")

  return (
    <>
      <h1>{heading}</h1>
      <p role="status" data-testid="result-count">
        {t("found", { count: result.estimatedTotal })}
      </p>
      {result.didYouMean && (
        <p data-testid="did-you-mean">
          {t.rich("didYouMean", {
            suggestion: result.didYouMean,
            link: (chunks) => <Link href={searchHref(countryCode, p, { q: result.didYouMean! })}>{chunks}</Link>,
          })}
        </p>
      )}
      <div className={styles.layout}>
        <form method="get" action={`/${countryCode}/search`} className={styles.facets} aria-labelledby="filters-heading">
          <h2 id="filters-heading">{t("filters")}</h2>
          <input type="hidden" name="q" value={p.q} />
          <FacetGroup
            anyLabel={any}
            legend={t("isoClass")}
            name="iso_class"
            values={facets.iso_class}
            selected={p.iso_class}
            label={(v) => {
              const iso = isoClassName(v.value, locale)
              return iso ? `${iso.code} ${iso.name}` : v.value
            }}
          />
          <FacetGroup anyLabel={any} legend={t("manufacturer")} name="manufacturer" values={facets.manufacturer} selected={p.manufacturer} />
          <FacetGroup anyLabel={any} legend={t("certification")} name="certification" values={facets.certification} selected={p.certification} label={(v) => certificateTypeName(tProduct, v.value)} />
          <FacetGroup
            anyLabel={any}
            legend={t("price", { currency: currency.toUpperCase() })}
            name="price"
            selected={p.price}
            values={facets.price.ranges.map((r) => ({
              value: priceValue(r),
              label: r.max === null ? t("andMore", { min: formatPrice(r.min, currency, locale) }) : `${formatPrice(r.min, currency, locale)} – ${formatPrice(r.max, currency, locale)}`,
              count: r.count,
            }))}
          />
          <fieldset>
            <legend>{t("availability")}</legend>
            <label>
              <input type="checkbox" name="in_stock" value="true" defaultChecked={p.in_stock === "true"} /> {t("inStockOnly")}
            </label>
          </fieldset>
          <button type="submit">{t("apply")}</button>{" "}
          <Link href={searchHref(countryCode, { q: p.q, page: 1 }, {})}>{t("clear")}</Link>
        </form>

        <section className={styles.results} aria-label={t("results")}>
          {result.hits.length ? (
            <ul className="grid" data-testid="search-results">
              {result.hits.map((hit) => (
                <li key={hit.id}>
                  <article className={`card ${styles.hit}`}>
                    {hit.thumbnail && <img src={hit.thumbnail} alt="" width={800} height={600} loading="lazy" />}
                    <div className="card-body">
                      <h3>
                        <Link href={`/${countryCode}/products/${hit.handle}`}>
                          <Highlighted segments={hit.highlight.title} />
                        </Link>
                      </h3>
                      {hit.manufacturer && <p className="muted">{hit.manufacturer.name}</p>}
                      {hit.price !== null ? (
                        <p className="price">{t("from", { price: formatPrice(hit.price, currency, locale) })}</p>
                      ) : (
                        <p className="muted">{t("notSold")}</p>
                      )}
                      <p className="muted">{hit.in_stock ? t("inStock") : t("outOfStock")}</p>
                    </div>
                  </article>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("none")}</p>
          )}
          {pages > 1 && (
            <nav className="pagination" aria-label={t("pages")}>
              {p.page > 1 && <Link href={searchHref(countryCode, p, { page: p.page - 1 })} rel="prev">{t("previous")}</Link>}
              <span aria-current="page">{t("pageOf", { page: p.page, pages })}</span>
              {p.page < pages && <Link href={searchHref(countryCode, p, { page: p.page + 1 })} rel="next">{t("next")}</Link>}
            </nav>
          )}
        </section>
      </div>
    </>
  )
}
