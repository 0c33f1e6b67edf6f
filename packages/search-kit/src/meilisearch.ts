import type { SearchDocument } from "./document"
import { DEFAULT_LIMIT, MAX_LIMIT, type SearchHit, type SearchQuery, type SearchResult } from "./engine"
import { bucketPrices, facetValues, priceEdges } from "./facets"
import { highlight } from "./highlight"
import { LANGUAGES, type Language } from "./languages"
import { parseQuery, searchableText } from "./normalise"
import { VOCABULARY } from "./vocabulary"

/** A search document as Meilisearch stores it: one searchable attribute per language, flat filters. */
export type MeiliDocument = Omit<SearchDocument, "text" | "min_prices"> & {
  [K in `text_${Language}`]: string
} & {
  prices: Record<string, number>
  /** "id::name", so one facet carries both what to filter on and what to show. */
  manufacturer_key: string | null
}

export const MEILI_INDEX = "products"

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  const { text, min_prices, ...rest } = doc
  const texts = Object.fromEntries(LANGUAGES.map((l) => [`text_${l}`, text[l]])) as { [K in `text_${Language}`]: string }
  return {
    ...rest,
    ...texts,
    prices: min_prices,
    manufacturer_key: doc.manufacturer_id ? `${doc.manufacturer_id}::${doc.manufacturer_name ?? ""}` : null,
  }
}

/** Synonyms within each language, from the vocabulary: every term of a concept finds the others. */
export function meiliSynonyms(): Record<string, string[]> {
  const synonyms: Record<string, Set<string>> = {}
  for (const concept of VOCABULARY) {
    for (const language of LANGUAGES) {
      const terms = [...new Set(concept.terms[language].map(searchableText))]
      for (const term of terms) {
        const others = terms.filter((t) => t !== term)
        if (others.length) others.forEach((o) => (synonyms[term] ??= new Set()).add(o))
      }
    }
  }
  return Object.fromEntries(Object.entries(synonyms).map(([k, v]) => [k, [...v].sort()]))
}

const MEILI_LOCALES: Record<Language, string> = { en: "eng", ru: "rus", ar: "ara", id: "ind", tr: "tur", zh: "cmn" }

/** Applied before any document is added, so the first documents are indexed with them. */
export function meiliSettings() {
  return {
    searchableAttributes: ["titles", ...LANGUAGES.map((l) => `text_${l}`)],
    filterableAttributes: [
      "published",
      "approved",
      "sales_channel_ids",
      "iso_class",
      "manufacturer_id",
      "manufacturer_key",
      "certifications",
      "prices",
      "in_stock",
    ],
    sortableAttributes: ["prices"],
    synonyms: meiliSynonyms(),
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    // Price ranges are bucketed from the exact-price distribution: keep enough distinct values.
    faceting: { maxValuesPerFacet: 1000 },
    pagination: { maxTotalHits: 10_000 },
    localizedAttributes: LANGUAGES.map((l) => ({ attributePatterns: [`text_${l}`], locales: [MEILI_LOCALES[l]] })),
  }
}

const quote = (value: string) => JSON.stringify(value)

/** Visibility first: only approved manufacturers' published products in the buyer's sales channel. */
export function meiliFilter(query: Pick<SearchQuery, "salesChannelId" | "currency" | "filters">): string[] {
  const f = query.filters ?? {}
  const price = `prices.${query.currency.toLowerCase()}`
  const filter = ["published = true", "approved = true", `sales_channel_ids = ${quote(query.salesChannelId)}`]
  if (f.isoClass) filter.push(`iso_class = ${quote(f.isoClass)}`)
  if (f.manufacturerId) filter.push(`manufacturer_id = ${quote(f.manufacturerId)}`)
  if (f.certification) filter.push(`certifications = ${quote(f.certification)}`)
  if (f.priceMin !== undefined) filter.push(`${price} >= ${Number(f.priceMin)}`)
  if (f.priceMax !== undefined) filter.push(`${price} <= ${Number(f.priceMax)}`)
  if (f.inStock !== undefined) filter.push(`in_stock = ${f.inStock}`)
  return filter
}

export function buildMeiliSearch(query: SearchQuery) {
  const parsed = parseQuery(query.q)
  return {
    q: parsed.tokens.join(" "),
    params: {
      filter: meiliFilter(query),
      facets: ["iso_class", "manufacturer_key", "certifications", "in_stock", `prices.${query.currency.toLowerCase()}`],
      limit: Math.min(query.limit ?? DEFAULT_LIMIT, MAX_LIMIT),
      offset: query.offset ?? 0,
      attributesToRetrieve: ["id", "handle", "titles", "thumbnail", "iso_class", "manufacturer_id", "manufacturer_name", "prices", "in_stock"],
    },
  }
}

/** The title in the buyer's language when the manufacturer gave one, else English. */
export const titleIn = (titles: SearchDocument["titles"], language?: Language) =>
  (language && titles[language]) || titles.en

export function toHit(
  doc: Pick<MeiliDocument, "id" | "handle" | "titles" | "thumbnail" | "iso_class" | "manufacturer_id" | "manufacturer_name" | "in_stock"> & {
    price: number | null
  },
  tokens: string[],
  language?: Language
): SearchHit {
  const title = titleIn(doc.titles, language)
  return {
    id: doc.id,
    handle: doc.handle,
    title,
    thumbnail: doc.thumbnail,
    iso_class: doc.iso_class,
    manufacturer: doc.manufacturer_id ? { id: doc.manufacturer_id, name: doc.manufacturer_name ?? "" } : null,
    price: doc.price,
    in_stock: doc.in_stock,
    highlight: { title: highlight(title, tokens) },
  }
}

type MeiliResponse = {
  hits: MeiliDocument[]
  estimatedTotalHits?: number
  totalHits?: number
  facetDistribution?: Record<string, Record<string, number>>
}

export function fromMeiliResponse(response: MeiliResponse, query: SearchQuery): SearchResult {
  const tokens = parseQuery(query.q).tokens
  const currency = query.currency.toLowerCase()
  const dist = response.facetDistribution ?? {}
  const manufacturers: Record<string, number> = {}
  const labels: Record<string, string> = {}
  for (const [key, count] of Object.entries(dist.manufacturer_key ?? {})) {
    const [id, name] = key.split("::")
    manufacturers[id] = count
    labels[id] = name
  }
  return {
    hits: response.hits.map((h) => toHit({ ...h, price: h.prices?.[currency] ?? null }, tokens, query.language)),
    facets: {
      iso_class: facetValues(dist.iso_class ?? {}),
      manufacturer: facetValues(manufacturers, labels),
      certification: facetValues(dist.certifications ?? {}),
      price: { currency, ranges: bucketPrices(dist[`prices.${currency}`] ?? {}, priceEdges(currency)) },
      in_stock: facetValues(dist.in_stock ?? {}),
    },
    estimatedTotal: response.estimatedTotalHits ?? response.totalHits ?? response.hits.length,
  }
}
