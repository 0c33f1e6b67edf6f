export const ADMIN_ORGANISATION_FIELDS = ["id", "name", "kind", "country_code", "registration_number", "status", "created_at", "updated_at"]

export const listOrganisationsQueryConfig = { defaults: ADMIN_ORGANISATION_FIELDS, isList: true }

export const ADMIN_ORGANISATION_DETAIL_FIELDS = [
  ...ADMIN_ORGANISATION_FIELDS,
  "status_changes.*",
  "members.id",
  "members.role",
  "members.customer_id",
  "members.customer.email",
  "members.customer.first_name",
  "members.customer.last_name",
  "documents.id",
  "documents.title",
  "documents.filename",
  "documents.mime_type",
  "documents.created_at",
  "addresses.*",
]
