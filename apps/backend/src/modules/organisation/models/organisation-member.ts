import { model } from "@medusajs/framework/utils"
import { LIMIT_PERIODS, MEMBER_ROLES } from "../rules"
import { Organisation } from "./organisation"

/**
 * A customer who buys, approves or administers for an organisation (one organisation per customer). A spending
 * limit is an amount in a currency per period; no limit (null amount) means the member's carts need no approval.
 */
export const OrganisationMember = model.define("organisation_member", {
  id: model.id({ prefix: "orgmem" }).primaryKey(),
  customer_id: model.text().unique(),
  role: model.enum([...MEMBER_ROLES]).default("buyer"),
  spending_limit: model.bigNumber().nullable(),
  spending_limit_currency: model.text().nullable(),
  spending_limit_period: model.enum([...LIMIT_PERIODS]).nullable(),
  organisation: model.belongsTo(() => Organisation, { mappedBy: "members" }),
})
