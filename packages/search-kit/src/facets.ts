import type { FacetValue, PriceRange } from "./engine"

/**
 * Rough units per US dollar, only to place price-range edges where they read naturally in each
 * currency (a 50 USD step is 4 000 RUB or 800 000 IDR). Prices themselves are never converted.
 */
const UNITS_PER_USD: Record<string, number> = {
  usd: 1, cny: 7, rub: 80, kzt: 500, idr: 16000, myr: 4.3, thb: 33, vnd: 26000, pkr: 280,
  sar: 3.75, aed: 3.7, try: 40, egp: 48, rsd: 100, pln: 3.7, huf: 340, eur: 0.9,
}
const USD_LADDER = [50, 100, 250, 500, 1000, 2500]

/** Rounds to 1, 2, 2.5 or 5 times a power of ten: 3 960 → 5 000 (nearest in ratio). */
export function niceNumber(x: number): number {
  if (x <= 0) return 0
  const power = 10 ** Math.floor(Math.log10(x))
  const steps = [1, 2, 2.5, 5, 10]
  const best = steps.reduce((a, b) => (Math.abs(Math.log(x / (b * power))) < Math.abs(Math.log(x / (a * power))) ? b : a))
  return best * power
}

/** Lower edges of the price ranges in a currency; the first is 0, the last range is open. */
export function priceEdges(currency: string): number[] {
  const rate = UNITS_PER_USD[currency.toLowerCase()] ?? 1
  return [0, ...USD_LADDER.map((usd) => niceNumber(usd * rate))]
}

/** The range index a price falls in (what SQL's width_bucket returns, minus one). */
export function priceBucket(price: number, edges: number[]): number {
  let i = 0
  while (i + 1 < edges.length && price >= edges[i + 1]) i++
  return i
}

/** Ranges with their counts, empty ones left out. */
export function priceRanges(edges: number[], countByBucket: Map<number, number>): PriceRange[] {
  return edges
    .map((min, i) => ({ min, max: i + 1 < edges.length ? edges[i + 1] : null, count: countByBucket.get(i) ?? 0 }))
    .filter((r) => r.count > 0)
}

/** Buckets a distribution of exact prices (what Meilisearch's facetDistribution gives for a number). */
export function bucketPrices(distribution: Record<string, number>, edges: number[]): PriceRange[] {
  const counts = new Map<number, number>()
  for (const [value, count] of Object.entries(distribution)) {
    const b = priceBucket(Number(value), edges)
    counts.set(b, (counts.get(b) ?? 0) + count)
  }
  return priceRanges(edges, counts)
}

/** Facet values most frequent first, then by label, with display labels where known. */
export function facetValues(distribution: Record<string, number>, labels: Record<string, string> = {}): FacetValue[] {
  return Object.entries(distribution)
    .filter(([, count]) => count > 0)
    .map(([value, count]) => (labels[value] ? { value, label: labels[value], count } : { value, count }))
    .sort((a, b) => b.count - a.count || (a.label ?? a.value).localeCompare(b.label ?? b.value))
}
