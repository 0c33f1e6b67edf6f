import { model } from "@medusajs/framework/utils"
import { MEMBER_ROLES } from "../rules"
import { Organisation } from "./organisation"

/** An admin's invitation to join with a role; the token travels by email and works once. */
export const OrganisationInvite = model.define("organisation_invite", {
  id: model.id({ prefix: "orginv" }).primaryKey(),
  email: model.text(),
  role: model.enum([...MEMBER_ROLES]).default("buyer"),
  token: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  organisation: model.belongsTo(() => Organisation, { mappedBy: "invites" }),
})
