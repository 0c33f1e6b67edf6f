/** The interface languages, chosen apart from the country in the URL (an Arabic speaker in Turkey is served). */
export const LOCALES = ["en", "ru", "ar", "id", "tr"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "en"
export const LOCALE_COOKIE = "aem_lang"
export const CONTRAST_COOKIE = "aem_contrast"
/**
 * The language the middleware chose for this request, in the header next-intl reads when a page has not
 * set it from its route (pages rendered per request: cart, checkout, account…).
 */
export const LOCALE_HEADER = "x-next-intl-locale"
export const ONE_YEAR_S = 365 * 24 * 3600

/** Each language named in itself, for the switch. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  ru: "Русский",
  ar: "العربية",
  id: "Bahasa Indonesia",
  tr: "Türkçe",
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value)
}

export function direction(locale: Locale): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr"
}

/** The best of our languages for an Accept-Language header ("ar-SA,ar;q=0.9,en;q=0.8"), by q-value. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const ranges = (acceptLanguage ?? "")
    .split(",")
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(";")
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
      return { lang: tag.trim().toLowerCase().split("-")[0], q: q ? Number(q.slice(2)) : 1, i }
    })
    .filter((r) => r.lang && r.q > 0 && !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q || a.i - b.i)
  return ranges.map((r) => r.lang).find(isLocale) ?? DEFAULT_LOCALE
}

/** Explicit choice for this request, then the remembered one, then the browser's languages. */
export function resolveLocale(explicit: string | null | undefined, remembered: string | null | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(explicit)) return explicit
  if (isLocale(remembered)) return remembered
  return negotiateLocale(acceptLanguage)
}
