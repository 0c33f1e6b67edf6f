import type { SearchDocument } from "./document"
import type { Language } from "./languages"

/** What a buyer asks for. The caller resolves currency and sales channel from the region and the publishable key. */
export type SearchQuery = {
  q: string
  currency: string
  salesChannelId: string
  language?: Language
  filters?: {
    isoClass?: string
    manufacturerId?: string
    certification?: string
    priceMin?: number
    priceMax?: number
    inStock?: boolean
  }
  limit?: number
  offset?: number
}

/** A piece of a title, marked when it answered the query; the storefront wraps marked pieces in <mark>. */
export type HighlightSegment = { text: string; match: boolean }

export type SearchHit = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  iso_class: string | null
  manufacturer: { id: string; name: string } | null
  /** Lowest price in the query's currency, major units; null when the product has none in it. */
  price: number | null
  in_stock: boolean
  highlight: { title: HighlightSegment[] }
}

export type FacetValue = { value: string; label?: string; count: number }
export type PriceRange = { min: number; max: number | null; count: number }

export type Facets = {
  iso_class: FacetValue[]
  manufacturer: FacetValue[]
  certification: FacetValue[]
  price: { currency: string; ranges: PriceRange[] }
  in_stock: FacetValue[]
}

export type SearchResult = {
  hits: SearchHit[]
  facets: Facets
  estimatedTotal: number
  /** Only when nothing matched: a corrected query that does match. */
  didYouMean?: string
}

/** An as-you-type suggestion: a product title (and where it leads). */
export type Suggestion = { text: string; handle: string; kind: "product" }

/** Both engines (PostgreSQL, Meilisearch) answer through this. */
export interface SearchEngine {
  readonly name: "postgres" | "meilisearch"
  search(query: SearchQuery): Promise<SearchResult>
  upsert(docs: SearchDocument[]): Promise<void>
  remove(ids: string[]): Promise<void>
  /** Replaces the whole index with these documents. */
  rebuild(docs: SearchDocument[]): Promise<void>
}

export const DEFAULT_LIMIT = 20
export const MAX_LIMIT = 100
