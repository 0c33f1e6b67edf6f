/** A service partner as its staff and platform staff read it. */
export const PARTNER_PROFILE_FIELDS = [
  "id", "kind", "legal_name", "country_code", "city", "address", "services", "languages", "opening_hours",
  "contact_name", "contact_email", "contact_phone", "status", "status_reason", "status_changed_at", "created_at",
]
