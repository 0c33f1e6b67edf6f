import { model } from "@medusajs/framework/utils"
import { ORGANISATION_KINDS, ORGANISATION_STATUSES } from "../rules"
import { OrganisationAddress } from "./organisation-address"
import { OrganisationApproval } from "./organisation-approval"
import { OrganisationDocument } from "./organisation-document"
import { OrganisationInvite } from "./organisation-invite"
import { OrganisationMember } from "./organisation-member"
import { OrganisationStatusChange } from "./organisation-status-change"

/** An institutional buyer: a clinic, NGO, social-welfare agency, distributor or government buyer. */
export const Organisation = model
  .define("organisation", {
    id: model.id({ prefix: "org" }).primaryKey(),
    name: model.text(),
    kind: model.enum([...ORGANISATION_KINDS]),
    /** ISO 3166-1 alpha-2, lower case as Medusa keeps countries. */
    country_code: model.text(),
    /** The registration number in its country's register (charity, company, health-facility licence…). */
    registration_number: model.text(),
    status: model.enum([...ORGANISATION_STATUSES]).default("pending"),
    status_changes: model.hasMany(() => OrganisationStatusChange, { mappedBy: "organisation" }),
    members: model.hasMany(() => OrganisationMember, { mappedBy: "organisation" }),
    invites: model.hasMany(() => OrganisationInvite, { mappedBy: "organisation" }),
    documents: model.hasMany(() => OrganisationDocument, { mappedBy: "organisation" }),
    addresses: model.hasMany(() => OrganisationAddress, { mappedBy: "organisation" }),
    approvals: model.hasMany(() => OrganisationApproval, { mappedBy: "organisation" }),
  })
  .indexes([{ on: ["country_code", "registration_number"], unique: true, where: "deleted_at IS NULL" }])
  .cascades({ delete: ["status_changes", "members", "invites", "documents", "addresses", "approvals"] })
