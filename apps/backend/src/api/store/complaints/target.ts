import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreFileComplaintType } from "./validators"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Whom a complaint goes to: the manufacturer of the traced unit or order line the buyer names, or the
 * only manufacturer of the order; and that manufacturer's child order. Another buyer's order is a 404.
 */
export async function complaintTarget(req: AuthenticatedMedusaRequest, body: StoreFileComplaintType) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "customer_id", "items.id", "items.product_id"], filters: { id: body.order_id } })
  const order = orders[0]
  if (!order || order.customer_id !== req.auth_context.actor_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${body.order_id} was not found`)
  const { data: groups } = await query.graph({
    entity: "order_group",
    fields: ["child_orders.order_id", "child_orders.manufacturer_id"],
    filters: { buyer_order_id: order.id },
  })
  const children = (groups[0]?.child_orders ?? []).filter((c) => !!c)
  if (!children.length) throw invalid("This order is still being passed to its manufacturers: try again in a minute")

  let manufacturerId: string | undefined
  let productId: string | null = null
  if (body.serial) {
    const { data: units } = await query.graph({ entity: "traced_unit", fields: ["manufacturer_id", "product_id"], filters: { buyer_order_id: order.id, serial: body.serial } })
    if (!units[0]) throw invalid(`serial ${body.serial} is not a device of this order: check the serial on the device's label, or leave it out`)
    manufacturerId = units[0].manufacturer_id
    productId = units[0].product_id
  }
  if (body.line_item_id) {
    const line = (order.items ?? []).find((i) => i?.id === body.line_item_id)
    if (!line) throw invalid(`line_item_id ${body.line_item_id} is not a line of order ${order.id}`)
    if (productId && line.product_id !== productId) throw invalid(`serial ${body.serial} is not a device of the line ${line.id}`)
    const { data: products } = await query.graph({ entity: "product", fields: ["manufacturer.id"], filters: { id: line.product_id! } })
    manufacturerId = products[0]?.manufacturer?.id
    productId = line.product_id ?? null
  }
  if (!manufacturerId) {
    if (children.length > 1) throw invalid("This order holds goods of several manufacturers: name the item (line_item_id) the complaint is about")
    manufacturerId = children[0].manufacturer_id
  }
  const child = children.find((c) => c.manufacturer_id === manufacturerId)
  if (!child) throw invalid("The manufacturer of this item has no part in this order")
  return { manufacturer_id: child.manufacturer_id, order_id: child.order_id, buyer_order_id: order.id, product_id: productId }
}
