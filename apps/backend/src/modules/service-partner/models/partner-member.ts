import { model } from "@medusajs/framework/utils"
import { ServicePartner } from "./service-partner"

/** A person working at a service partner, logging in as actor type `partner`. */
export const PartnerMember = model.define("partner_member", {
  id: model.id({ prefix: "pmem" }).primaryKey(),
  email: model.text().unique(),
  name: model.text(),
  role: model.enum(["owner", "staff"]).default("staff"),
  partner: model.belongsTo(() => ServicePartner, { mappedBy: "members" }),
})
