/**
 * Formats an amount in a currency the way the buyer's locale writes it (Medusa amounts are major units).
 * The locale is required: a default let the search page print Russian prices the English way.
 */
export function formatPrice(amount: number, currencyCode: string, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: currencyCode.toUpperCase(),
    currencyDisplay: "code",
  }).format(amount)
}

/** Grams to a readable weight in the buyer's locale. */
export function formatWeight(grams: number | null | undefined, locale = "en"): string | null {
  if (grams == null) return null
  const kg = grams >= 1000
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: kg ? "kilogram" : "gram",
    maximumFractionDigits: kg ? 1 : 0,
  }).format(kg ? grams / 1000 : grams)
}

/** Millimetre dimensions to "L × W × H cm". */
export function formatDimensions(l?: number | null, w?: number | null, h?: number | null, locale = "en"): string | null {
  if (l == null || w == null || h == null) return null
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
  const cm = new Intl.NumberFormat(locale, { style: "unit", unit: "centimeter", maximumFractionDigits: 1 })
  return `${n.format(l / 10)} × ${n.format(w / 10)} × ${cm.format(h / 10)}`
}

/** A country's name in the buyer's language ("KZ" → "Казахстан"). */
export function countryName(iso2: string, locale: string): string {
  return new Intl.DisplayNames([locale, "en"], { type: "region" }).of(iso2.toUpperCase()) ?? iso2.toUpperCase()
}

export function formatDate(value: Date | string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(value))
}

/** Wraps catalogue text put into a translated sentence so it keeps its own direction ("41 cm" inside Arabic). */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`
}
