import { model } from "@medusajs/framework/utils"

/**
 * The platform's commission: one default rate (no manufacturer, no class), overridden per ISO 9999
 * class, per manufacturer, or per manufacturer and class. `scope` ("manufacturer|class", "*" for
 * any) is unique, so each rule exists once (Postgres would let two NULL pairs through).
 */
export const CommissionRate = model.define("commission_rate", {
  id: model.id({ prefix: "comr" }).primaryKey(),
  scope: model.text().unique(),
  manufacturer_id: model.text().nullable(),
  iso_class: model.text().nullable(),
  rate_bps: model.number(),
})
