import { model } from "@medusajs/framework/utils"
import { APPROVAL_STATUSES } from "../rules"
import { Organisation } from "./organisation"

/**
 * A member's cart over their spending limit, waiting for an approver: the amount is the cart's total when it was
 * asked, and an approval holds only for that amount or less. `used` once the approved cart became `order_id`.
 * One open request (pending or approved) per cart.
 */
export const OrganisationApproval = model
  .define("organisation_approval", {
    id: model.id({ prefix: "orgappr" }).primaryKey(),
    cart_id: model.text(),
    requested_by: model.text(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    status: model.enum([...APPROVAL_STATUSES]).default("pending"),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    note: model.text().nullable(),
    order_id: model.text().nullable(),
    organisation: model.belongsTo(() => Organisation, { mappedBy: "approvals" }),
  })
  .indexes([{ on: ["cart_id"], unique: true, where: "deleted_at IS NULL AND status IN ('pending', 'approved')" }])
