export const CERTIFICATE_FIELDS = [
  "id",
  "type",
  "number",
  "issuer",
  "valid_from",
  "valid_until",
  "manufacturer.id",
  "manufacturer.handle",
  "products.id",
]

export const EXPIRY_WARNING_DAYS = 60
export const DAY = 24 * 3600 * 1000

/** Adds `expires_soon` (within 60 days) and `expired`, computed when asked, never stored stale. */
export function withExpiryFlag<C extends { valid_until: string | Date }>(certificate: C, now = new Date()) {
  const until = new Date(certificate.valid_until).getTime()
  return {
    ...certificate,
    expired: until < now.getTime(),
    expires_soon: until >= now.getTime() && until - now.getTime() <= EXPIRY_WARNING_DAYS * DAY,
  }
}
