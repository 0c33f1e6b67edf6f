import { COMPLAINT_CATEGORIES, COMPLAINT_STATUSES } from "@aem/trade-kit"
import { model } from "@medusajs/framework/utils"

/**
 * A buyer's complaint about their order, addressed to the manufacturer whose goods it is about (its
 * child order), optionally naming the line or the traced unit's serial. The manufacturer answers;
 * platform staff close it. How promptly it is answered counts in the manufacturer's credit record.
 */
export const Complaint = model.define("complaint", {
  id: model.id({ prefix: "cmpl" }).primaryKey(),
  manufacturer_id: model.text().index(),
  customer_id: model.text().index(),
  /** The buyer's order, and the manufacturer's child order of it that the complaint is about. */
  buyer_order_id: model.text().index(),
  order_id: model.text(),
  /** The buyer's order line, when the buyer named one. */
  line_item_id: model.text().nullable(),
  product_id: model.text().nullable(),
  serial: model.text().nullable(),
  category: model.enum([...COMPLAINT_CATEGORIES]),
  description: model.text(),
  status: model.enum([...COMPLAINT_STATUSES]).default("open"),
  answer: model.text().nullable(),
  answered_at: model.dateTime().nullable(),
  answered_by: model.text().nullable(),
  resolution: model.text().nullable(),
  closed_at: model.dateTime().nullable(),
  closed_by: model.text().nullable(),
})
