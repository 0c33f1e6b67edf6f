import { model } from "@medusajs/framework/utils"
import { OrderGroup } from "./order-group"

export const CHILD_ORDER_STATUSES = ["placed", "confirmed", "ready_for_handoff"] as const
export type ChildOrderStatus = (typeof CHILD_ORDER_STATUSES)[number]

/**
 * A manufacturer's part of a buyer's order: the child order (a Medusa order with just its items and
 * its share of shipping) and how far the manufacturer has got with it, with who and when.
 */
export const ChildOrder = model
  .define("child_order", {
    id: model.id({ prefix: "chord" }).primaryKey(),
    order_id: model.text().unique(),
    manufacturer_id: model.text().index(),
    status: model.enum([...CHILD_ORDER_STATUSES]).default("placed"),
    confirmed_at: model.dateTime().nullable(),
    confirmed_by: model.text().nullable(),
    ready_for_handoff_at: model.dateTime().nullable(),
    ready_for_handoff_by: model.text().nullable(),
    order_group: model.belongsTo(() => OrderGroup, { mappedBy: "child_orders" }),
  })
  .indexes([{ on: ["order_group_id", "manufacturer_id"], unique: true }])
