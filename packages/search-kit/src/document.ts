import { LANGUAGES, type Language } from "./languages"
import { searchableText } from "./normalise"
import { VOCABULARY, type Concept } from "./vocabulary"

/** What the backend knows about a product, in plain data (no framework types). */
export type ProductSource = {
  id: string
  handle: string
  title: string
  subtitle?: string | null
  description?: string | null
  thumbnail?: string | null
  material?: string | null
  status: string
  /** Titles and descriptions written in other languages, where the manufacturer gave them. */
  translations?: Partial<Record<Language, { title?: string; description?: string }>>
  /** The ISO 9999 class with its names per language (the trade kit has them), and its parent's. */
  isoClass?: { code: string; names: Partial<Record<Language, string>>; parentNames?: Partial<Record<Language, string>> } | null
  manufacturer?: { id: string; nameEn: string; nameZh?: string | null; status: string } | null
  certificationTypes?: string[]
  variants: { prices: { currency_code: string; amount: number }[]; inStock: boolean }[]
  salesChannelIds: string[]
}

/** One row of the search index: everything a query filters, ranks, facets and shows. */
export type SearchDocument = {
  id: string
  handle: string
  thumbnail: string | null
  /** Display titles; `en` always, other languages where translated. */
  titles: Partial<Record<Language, string>> & { en: string }
  /** Searchable text per language, normalised (see searchableText). */
  text: Record<Language, string>
  iso_class: string | null
  iso_parent: string | null
  manufacturer_id: string | null
  manufacturer_name: string | null
  certifications: string[]
  /** Lowest variant price per currency (lower-case ISO 4217), in major units. */
  min_prices: Record<string, number>
  in_stock: boolean
  published: boolean
  approved: boolean
  sales_channel_ids: string[]
}

const normalisedTerms = (concept: Concept, language: Language) => concept.terms[language].map(searchableText)

/** A term occurs in a text when its words start consecutive words there ("wheelchair" in "wheelchairs"). */
export function containsTerm(textWords: string[], term: string): boolean {
  const words = term.split(" ")
  for (let i = 0; i + words.length <= textWords.length; i++) {
    if (words.every((w, k) => textWords[i + k].startsWith(w) && textWords[i + k].length <= w.length + 3)) return true
  }
  return false
}

/** The concepts a text speaks of, judged in one language. */
export function conceptsIn(text: string, language: Language): Concept[] {
  const words = searchableText(text).split(" ")
  return VOCABULARY.filter((c) => normalisedTerms(c, language).some((term) => containsTerm(words, term)))
}

export function buildSearchDocument(p: ProductSource): SearchDocument {
  const own: Record<Language, string[]> = Object.fromEntries(LANGUAGES.map((l) => [l, [] as string[]])) as never
  own.en.push(p.title, p.subtitle ?? "", p.description ?? "", p.material ?? "", p.manufacturer?.nameEn ?? "")
  if (p.manufacturer?.nameZh) own.zh.push(p.manufacturer.nameZh)
  for (const language of LANGUAGES) {
    const t = p.translations?.[language]
    if (t) own[language].push(t.title ?? "", t.description ?? "")
    own[language].push(p.isoClass?.names[language] ?? "", p.isoClass?.parentNames?.[language] ?? "")
  }

  // A concept named in any language's own text is indexed with its terms in every language.
  const concepts = new Set<Concept>()
  for (const language of LANGUAGES) {
    for (const c of conceptsIn(own[language].join(" "), language)) concepts.add(c)
  }
  const text = Object.fromEntries(
    LANGUAGES.map((language) => {
      const vocabulary = [...concepts].flatMap((c) => c.terms[language])
      return [language, searchableText([...own[language], ...vocabulary].join(" "))]
    })
  ) as Record<Language, string>

  const minPrices: Record<string, number> = {}
  for (const v of p.variants) {
    for (const price of v.prices) {
      const currency = price.currency_code.toLowerCase()
      const amount = Number(price.amount)
      if (Number.isFinite(amount) && (minPrices[currency] === undefined || amount < minPrices[currency])) {
        minPrices[currency] = amount
      }
    }
  }

  const titles: SearchDocument["titles"] = { en: p.title }
  for (const language of LANGUAGES) {
    const title = p.translations?.[language]?.title
    if (title) titles[language] = title
  }

  const iso = p.isoClass?.code ?? null
  return {
    id: p.id,
    handle: p.handle,
    thumbnail: p.thumbnail ?? null,
    titles,
    text,
    iso_class: iso,
    iso_parent: iso ? iso.split(" ")[0] : null,
    manufacturer_id: p.manufacturer?.id ?? null,
    manufacturer_name: p.manufacturer?.nameEn ?? null,
    certifications: [...new Set(p.certificationTypes ?? [])].sort(),
    min_prices: minPrices,
    in_stock: p.variants.some((v) => v.inStock),
    published: p.status === "published",
    approved: p.manufacturer?.status === "approved",
    sales_channel_ids: [...new Set(p.salesChannelIds)].sort(),
  }
}

/** Whether a buyer in this sales channel may ever see the document. Both engines filter on exactly this. */
export const isVisible = (doc: SearchDocument, salesChannelId: string) =>
  doc.published && doc.approved && doc.sales_channel_ids.includes(salesChannelId)

/**
 * The words "did you mean" may propose: titles and every vocabulary term of the document's
 * concepts, each a single normalised word of 3+ letters (bigrams for Chinese).
 */
export function lexiconOf(doc: SearchDocument): string[] {
  const words = new Set<string>()
  const add = (text: string) => {
    for (const w of searchableText(text).split(" ")) if ([...w].length >= 3 || /[\u3400-\u9fff]/.test(w)) words.add(w)
  }
  for (const title of Object.values(doc.titles)) add(title ?? "")
  for (const language of LANGUAGES) {
    for (const concept of VOCABULARY) {
      // Only the document's concepts: their terms are already in its text.
      const terms = concept.terms[language].map(searchableText)
      if (terms.some((t) => doc.text[language].includes(t))) terms.forEach(add)
    }
  }
  return [...words].filter((w) => !/^\d+$/.test(w)).sort()
}
