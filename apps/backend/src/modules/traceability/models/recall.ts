import { model } from "@medusajs/framework/utils"
import { RecallNotice } from "./recall-notice"

export const RECALL_SCOPES = ["product", "lot", "serial_range"] as const
export const RECALL_STATUSES = ["open", "closed"] as const

/**
 * A recall of a product, one lot of it, or a range of serial numbers. While it is open the product
 * is off sale (the sales-channel listings it had are kept here and put back when it closes).
 */
export const Recall = model
  .define("recall", {
    id: model.id({ prefix: "rcl" }).primaryKey(),
    manufacturer_id: model.text().index(),
    product_id: model.text().index(),
    scope: model.enum([...RECALL_SCOPES]),
    lot: model.text().nullable(),
    serial_from: model.text().nullable(),
    serial_to: model.text().nullable(),
    reason: model.text(),
    status: model.enum([...RECALL_STATUSES]).default("open"),
    /** Who opened it: a platform user or a manufacturer member (their actor ids). */
    opened_by: model.text(),
    opened_by_type: model.enum(["user", "manufacturer"]),
    closed_at: model.dateTime().nullable(),
    closed_by: model.text().nullable(),
    affected_units: model.number().default(0),
    notices: model.hasMany(() => RecallNotice, { mappedBy: "recall" }),
  })
  .cascades({ delete: ["notices"] })
