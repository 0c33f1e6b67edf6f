import { model } from "@medusajs/framework/utils"
import { Recall } from "./recall"

/**
 * The notice of a recall to one buyer (by the email their orders were placed with), the units of
 * theirs it covers, in their language, and when they acknowledged it. The buyer acknowledges through
 * a link holding a one-time token; only its hash is stored.
 */
export const RecallNotice = model
  .define("recall_notice", {
    id: model.id({ prefix: "rcln" }).primaryKey(),
    email: model.text(),
    language: model.text(),
    buyer_order_ids: model.array(),
    serials: model.array(),
    /** Where the buyer's units went: the storefront link opens in that country. */
    country_code: model.text(),
    acknowledged_at: model.dateTime().nullable(),
    recall: model.belongsTo(() => Recall, { mappedBy: "notices" }),
  })
  .indexes([{ on: ["recall_id", "email"], unique: true }])
