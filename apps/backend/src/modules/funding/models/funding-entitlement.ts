import { model } from "@medusajs/framework/utils"
import { FundingProgramme } from "./funding-programme"

/**
 * A beneficiary registered for a programme (by an organisation's admin or by staff) and the single-use entitlement
 * they receive: `code` is what the buyer applies to a cart. `issued` → `used` once, by the completion that reserved
 * its `funded_amount` from the budget; `funded_by_class` is that amount by ISO 9999 class, for the programme's report.
 */
export const FundingEntitlement = model
  .define("funding_entitlement", {
    id: model.id({ prefix: "fent" }).primaryKey(),
    code: model.text(),
    beneficiary_name: model.text(),
    country_code: model.text(),
    evidence_note: model.text(),
    organisation_id: model.text().nullable(),
    registered_by: model.text(),
    status: model.enum(["issued", "used"]).default("issued"),
    cart_id: model.text().nullable(),
    order_id: model.text().nullable(),
    funded_amount: model.bigNumber().nullable(),
    funded_by_class: model.json().nullable(),
    programme: model.belongsTo(() => FundingProgramme, { mappedBy: "entitlements" }),
  })
  .indexes([{ on: ["code"], unique: true, where: "deleted_at IS NULL" }])
