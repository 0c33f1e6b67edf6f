export const ADMIN_MANUFACTURER_FIELDS = [
  "id",
  "handle",
  "legal_name_zh",
  "legal_name_en",
  "unified_social_credit_code",
  "customs_code",
  "province",
  "city",
  "address",
  "contact_name",
  "contact_email",
  "contact_phone",
  "founded_year",
  "status",
  "created_at",
  "updated_at",
]

export const listManufacturersQueryConfig = {
  defaults: ADMIN_MANUFACTURER_FIELDS,
  isList: true,
}

export const retrieveManufacturerQueryConfig = {
  defaults: [
    ...ADMIN_MANUFACTURER_FIELDS,
    "status_changes.id",
    "status_changes.from_status",
    "status_changes.to_status",
    "status_changes.reason",
    "status_changes.actor_type",
    "status_changes.actor_id",
    "status_changes.created_at",
  ],
  isList: false,
}
