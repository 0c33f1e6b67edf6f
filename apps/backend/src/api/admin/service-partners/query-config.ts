import { PARTNER_PROFILE_FIELDS } from "../../partner/profile-fields"

/** A partner for review: its profile, staff, open invitations and manufacturers' authorisations. */
export const ADMIN_PARTNER_FIELDS = [
  ...PARTNER_PROFILE_FIELDS,
  "status_changed_by",
  "members.id", "members.email", "members.name", "members.role",
  "invites.id", "invites.email", "invites.name", "invites.expires_at", "invites.accepted_at",
  "authorisations.manufacturer_id", "authorisations.product_ids", "authorisations.iso_classes", "authorisations.created_at",
]
