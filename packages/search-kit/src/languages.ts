/** The languages buyers search in. Every search document carries text in each of them. */
export const LANGUAGES = ["en", "ru", "ar", "id", "tr", "zh"] as const
export type Language = (typeof LANGUAGES)[number]

/**
 * PostgreSQL's text-search configuration per language: a Snowball stemmer where PostgreSQL ships
 * one, 'simple' (no stemming) for Chinese, which is indexed as character bigrams instead.
 */
export const PG_TEXT_CONFIG: Record<Language, string> = {
  en: "english",
  ru: "russian",
  ar: "arabic",
  id: "indonesian",
  tr: "turkish",
  zh: "simple",
}

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language)
