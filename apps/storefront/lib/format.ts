/** Formats an amount in a currency the way the buyer's locale writes it (Medusa amounts are major units). */
export function formatPrice(amount: number, currencyCode: string, locale = "en"): string {
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: currencyCode.toUpperCase(),
    currencyDisplay: "code",
  }).format(amount)
}

/** Grams to a readable weight. */
export function formatWeight(grams: number | null | undefined): string | null {
  if (grams == null) return null
  return grams >= 1000 ? `${(grams / 1000).toFixed(1)} kg` : `${grams} g`
}

/** Millimetre dimensions to "L × W × H cm". */
export function formatDimensions(l?: number | null, w?: number | null, h?: number | null): string | null {
  if (l == null || w == null || h == null) return null
  const cm = (mm: number) => (mm / 10).toFixed(mm % 10 ? 1 : 0)
  return `${cm(l)} × ${cm(w)} × ${cm(h)} cm`
}
