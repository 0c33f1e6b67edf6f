import { model } from "@medusajs/framework/utils"

/** The platform's commission on one line of a manufacturer's order, fixed when the order is split. */
export const CommissionLine = model
  .define("commission_line", {
    id: model.id({ prefix: "coml" }).primaryKey(),
    order_id: model.text().index(),
    /** Unique: a line is charged once, however often the split is retried. */
    line_item_id: model.text().unique(),
    manufacturer_id: model.text(),
    iso_class: model.text().nullable(),
    currency_code: model.text(),
    /** Items after discounts, without tax and shipping. */
    base_amount: model.bigNumber(),
    rate_bps: model.number(),
    /** Which rule gave the rate: manufacturer-and-class, manufacturer, class, default or none. */
    rate_source: model.text(),
    amount: model.bigNumber(),
  })
  .indexes([{ on: ["manufacturer_id", "created_at"] }])
