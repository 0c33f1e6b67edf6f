/**
 * The search page's URL is its state: query, facets and page, so results can be bookmarked, shared
 * and filtered without JavaScript (the facet form is a plain GET form).
 */
export const FACET_PARAMS = ["iso_class", "manufacturer", "certification", "price", "in_stock"] as const
export type SearchPageParams = { q: string; page: number } & Partial<Record<(typeof FACET_PARAMS)[number], string>>

export const SEARCH_PAGE_SIZE = 24

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined

export function readSearchParams(raw: Record<string, string | string[] | undefined>): SearchPageParams {
  const page = Number(one(raw.page))
  const params: SearchPageParams = { q: (one(raw.q) ?? "").slice(0, 200), page: Number.isInteger(page) && page > 0 ? page : 1 }
  for (const key of FACET_PARAMS) {
    const value = one(raw[key])
    if (value) params[key] = value
  }
  return params
}

/** "min-max" or "min-" (open range) → the store API's price_min/price_max. */
export function priceFilter(price: string | undefined): { price_min?: string; price_max?: string } {
  const m = price?.match(/^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)?$/)
  if (!m) return {}
  // The range's upper edge belongs to the next range.
  return m[2] ? { price_min: m[1], price_max: String(Number(m[2]) - 0.01) } : { price_min: m[1] }
}

export const priceValue = (range: { min: number; max: number | null }) => `${range.min}-${range.max ?? ""}`

/** The store API query for a page of results. */
export function storeSearchQuery(p: SearchPageParams, countryCode: string): Record<string, string> {
  const query: Record<string, string> = {
    q: p.q,
    country_code: countryCode,
    limit: String(SEARCH_PAGE_SIZE),
    offset: String((p.page - 1) * SEARCH_PAGE_SIZE),
    ...priceFilter(p.price),
  }
  if (p.iso_class) query.iso_class = p.iso_class
  if (p.manufacturer) query.manufacturer = p.manufacturer
  if (p.certification) query.certification = p.certification
  if (p.in_stock === "true") query.in_stock = "true"
  return query
}

/** The page's URL with some parameters changed (undefined removes one); changing a filter goes back to page 1. */
export function searchHref(countryCode: string, p: SearchPageParams, change: Partial<Record<keyof SearchPageParams, string | number | undefined>>) {
  const next: Record<string, string | number | undefined> = { ...p, page: undefined, ...change }
  const qs = new URLSearchParams()
  for (const [k, v] of Object.entries(next)) {
    if (v === undefined || v === "" || (k === "page" && Number(v) <= 1)) continue
    qs.set(k, String(v))
  }
  return `/${countryCode}/search?${qs}`
}

/** How many suggestions the search box asks for; it carries an announcement for each count up to this. */
export const SUGGESTION_LIMIT = 6
