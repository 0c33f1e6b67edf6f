import { PRODUCT_HOLD_KINDS } from "@aem/trade-kit"
import { model } from "@medusajs/framework/utils"

/**
 * A compliance hold on a product (failed spot check, expired certificate, open recall, suspended
 * manufacturer): while it is open the manufacturer cannot publish the product. Who placed and who
 * lifted it, when and why, stay on the record. One open hold per product, kind and source (the spot
 * check, certificate, recall or suspension that placed it).
 */
export const ProductHold = model
  .define("product_hold", {
    id: model.id({ prefix: "phold" }).primaryKey(),
    product_id: model.text().index(),
    manufacturer_id: model.text().index(),
    kind: model.enum([...PRODUCT_HOLD_KINDS]),
    /** The spot check, certificate, recall or manufacturer status change that placed it. */
    source_id: model.text(),
    reason: model.text(),
    /** A staff user's or manufacturer member's actor id, or "system" for the daily certificate check. */
    placed_by: model.text(),
    placed_at: model.dateTime(),
    lifted_by: model.text().nullable(),
    lifted_at: model.dateTime().nullable(),
    lift_reason: model.text().nullable(),
    /**
     * `{ listings }`: the product ↔ sales channel pairs this hold keeps off sale (a recall's or a
     * suspension's withdrawal, or those handed on by a hold lifted before it). They go back on sale
     * when the product's last open hold is lifted.
     */
    withdrawn_listings: model.json().nullable(),
  })
  .indexes([{ on: ["product_id", "kind", "source_id"], unique: true, where: "lifted_at IS NULL" }])
