import { model } from "@medusajs/framework/utils"
import { PARTNER_KINDS, PARTNER_STATUSES } from "../status"
import { PartnerAuthorisation } from "./partner-authorisation"
import { PartnerInvite } from "./partner-invite"
import { PartnerMember } from "./partner-member"
import { ServiceJob } from "./service-job"

/**
 * A fitting centre, repairer or clinic in a buyers' country that fits, assembles and repairs devices sold here.
 * Registers itself (pending); platform staff verify it; manufacturers authorise it for their products.
 */
export const ServicePartner = model
  .define("service_partner", {
    id: model.id({ prefix: "spart" }).primaryKey(),
    kind: model.enum([...PARTNER_KINDS]),
    legal_name: model.text(),
    /** ISO 3166-1 alpha-2, lower case, as Medusa's regions spell countries. */
    country_code: model.text().index(),
    city: model.text(),
    address: model.text(),
    /** What it offers (PARTNER_SERVICES) and the languages its staff speak (ISO 639-1). */
    services: model.array(),
    languages: model.array(),
    /** As the partner writes them ("Mon–Fri 9:00–18:00, Sat 10:00–14:00"). */
    opening_hours: model.text(),
    contact_name: model.text(),
    contact_email: model.text(),
    contact_phone: model.text(),
    status: model.enum([...PARTNER_STATUSES]).default("pending"),
    /** Why it was rejected or suspended: the partner is told. */
    status_reason: model.text().nullable(),
    status_changed_at: model.dateTime().nullable(),
    status_changed_by: model.text().nullable(),
    members: model.hasMany(() => PartnerMember, { mappedBy: "partner" }),
    invites: model.hasMany(() => PartnerInvite, { mappedBy: "partner" }),
    authorisations: model.hasMany(() => PartnerAuthorisation, { mappedBy: "partner" }),
    jobs: model.hasMany(() => ServiceJob, { mappedBy: "partner" }),
  })
  .cascades({ delete: ["members", "invites", "authorisations"] })
