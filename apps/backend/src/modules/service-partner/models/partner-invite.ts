import { model } from "@medusajs/framework/utils"
import { ServicePartner } from "./service-partner"

/** Platform staff's invitation for a person to join a service partner's staff (one-time token, by email). */
export const PartnerInvite = model.define("partner_invite", {
  id: model.id({ prefix: "pinv" }).primaryKey(),
  email: model.text(),
  name: model.text(),
  token: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  partner: model.belongsTo(() => ServicePartner, { mappedBy: "invites" }),
})
