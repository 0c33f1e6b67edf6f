import Link from "next/link"
import type { Metadata } from "next"
import type { FacetValue, HighlightSegment } from "@aem/search-kit"
import styles from "@/components/search.module.css"
import { formatPrice } from "@/lib/format"
import { regionForCountry } from "@/lib/medusa"
import { searchProducts } from "@/lib/search"
import { SEARCH_PAGE_SIZE, priceValue, readSearchParams, searchHref, storeSearchQuery, type SearchPageParams } from "@/lib/search-params"
import { describeIsoClass } from "@/lib/trade"

export const dynamic = "force-dynamic"

type Props = { params: { countryCode: string }; searchParams: Record<string, string | string[] | undefined> }

export function generateMetadata({ searchParams }: Props): Metadata {
  const { q } = readSearchParams(searchParams)
  return { title: q ? `“${q}” – search` : "Search", robots: { index: false } }
}

function Highlighted({ segments }: { segments: HighlightSegment[] }) {
  return <>{segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>
}

/** One facet as radio buttons, with "Any" first: a plain GET form field, so it works without JavaScript. */
function FacetGroup({
  legend,
  name,
  values,
  selected,
  label = (v) => v.label ?? v.value,
}: {
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
        <input type="radio" name={name} value="" defaultChecked={!selected} /> Any
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
  const region = await regionForCountry(countryCode)
  const result = await searchProducts(storeSearchQuery(p, countryCode))
  const { facets } = result
  const pages = Math.ceil(result.estimatedTotal / SEARCH_PAGE_SIZE)
  const currency = facets.price.currency || region.currency_code
  const heading = p.q ? `Results for “${p.q}”` : "All products"

  return (
    <>
      <h1>{heading}</h1>
      <p role="status" data-testid="result-count">
        {result.estimatedTotal} {result.estimatedTotal === 1 ? "product" : "products"} found
      </p>
      {result.didYouMean && (
        <p data-testid="did-you-mean">
          Did you mean <Link href={searchHref(countryCode, p, { q: result.didYouMean })}>{result.didYouMean}</Link>?
        </p>
      )}
      <div className={styles.layout}>
        <form method="get" action={`/${countryCode}/search`} className={styles.facets} aria-labelledby="filters-heading">
          <h2 id="filters-heading">Filters</h2>
          <input type="hidden" name="q" value={p.q} />
          <FacetGroup
            legend="Type (ISO 9999)"
            name="iso_class"
            values={facets.iso_class}
            selected={p.iso_class}
            label={(v) => describeIsoClass(v.value) ?? v.value}
          />
          <FacetGroup legend="Manufacturer" name="manufacturer" values={facets.manufacturer} selected={p.manufacturer} />
          <FacetGroup legend="Certification" name="certification" values={facets.certification} selected={p.certification} />
          <FacetGroup
            legend={`Price (${currency.toUpperCase()})`}
            name="price"
            selected={p.price}
            values={facets.price.ranges.map((r) => ({
              value: priceValue(r),
              label: r.max === null ? `${formatPrice(r.min, currency)} and more` : `${formatPrice(r.min, currency)} – ${formatPrice(r.max, currency)}`,
              count: r.count,
            }))}
          />
          <fieldset>
            <legend>Availability</legend>
            <label>
              <input type="checkbox" name="in_stock" value="true" defaultChecked={p.in_stock === "true"} /> In stock only
            </label>
          </fieldset>
          <button type="submit">Apply filters</button>{" "}
          <Link href={searchHref(countryCode, { q: p.q, page: 1 }, {})}>Clear filters</Link>
        </form>

        <section className={styles.results} aria-label="Results">
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
                        <p className="price">from {formatPrice(hit.price, currency)}</p>
                      ) : (
                        <p className="muted">Not sold in your country</p>
                      )}
                      <p className="muted">{hit.in_stock ? "In stock" : "Out of stock"}</p>
                    </div>
                  </article>
                </li>
              ))}
            </ul>
          ) : (
            <p>No products match. Try fewer words, another spelling, or clear the filters.</p>
          )}
          {pages > 1 && (
            <nav className="pagination" aria-label="Pages">
              {p.page > 1 && <Link href={searchHref(countryCode, p, { page: p.page - 1 })} rel="prev">Previous page</Link>}
              <span aria-current="page">Page {p.page} of {pages}</span>
              {p.page < pages && <Link href={searchHref(countryCode, p, { page: p.page + 1 })} rel="next">Next page</Link>}
            </nav>
          )}
        </section>
      </div>
    </>
  )
}
