import { model } from "@medusajs/framework/utils"
import { ChildOrder } from "./child-order"

/**
 * What a buyer's checkout became: the buyer's order (the one Medusa created from the cart, which holds
 * the payment) and one child order per manufacturer whose products were in the cart.
 */
export const OrderGroup = model
  .define("order_group", {
    id: model.id({ prefix: "ogrp" }).primaryKey(),
    /** The buyer's order; unique, so a redelivered order.placed event can never split an order twice. */
    buyer_order_id: model.text().unique(),
    currency_code: model.text(),
    child_orders: model.hasMany(() => ChildOrder, { mappedBy: "order_group" }),
  })
  .cascades({ delete: ["child_orders"] })
