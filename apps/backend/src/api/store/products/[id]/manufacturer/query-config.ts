/** What a buyer may see of a manufacturer: no contacts, no codes used only with customs. */
export const PUBLIC_MANUFACTURER_FIELDS = [
  "handle",
  "legal_name_en",
  "legal_name_zh",
  "city",
  "province",
  "founded_year",
  "description_en",
] as const

/** A certificate as buyers see it: no scan (it may hold personal data), no internal ids. */
export const PUBLIC_CERTIFICATE_FIELDS = ["type", "number", "issuer", "valid_from", "valid_until"] as const
