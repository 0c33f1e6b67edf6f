import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BUYER_ORDER_FIELDS, planSplit, type BuyerOrder } from "../../workflows/order-group/plan-split"

/**
 * Many paid buyer orders at once, for the pipeline's crash tests and its bench: copies of one real
 * order (placed through a checkout), created in one call to the order module and announced with
 * `order.placed` as a completed checkout does, so everything after that — the split, the declarations,
 * the workers, customs, the park — runs as for a buyer. Returns each order's id and when it was placed.
 */
export async function placeCopiesOfOrder(container: MedusaContainer, templateOrderId: string, count: number): Promise<{ id: string; placedAt: number }[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: [...BUYER_ORDER_FIELDS], filters: { id: templateOrderId } })
  const template = data[0] as unknown as BuyerOrder | undefined
  if (!template) throw new Error(`order ${templateOrderId} not found`)
  // The split's own copy of an order (items with their taxes and discounts, shipping, addresses), kept whole.
  const oneGroup = Object.fromEntries(template.items.map((i) => [i.product_id ?? "", "copy"]))
  const [{ order }] = planSplit(template, oneGroup)
  const orders = await container.resolve(Modules.ORDER).createOrders(
    Array.from({ length: count }, () => ({ ...order, status: "pending" as const, metadata: { copied_from: templateOrderId } }))
  )
  const placedAt = Date.now()
  await container.resolve(Modules.EVENT_BUS).emit(orders.map((o) => ({ name: "order.placed", data: { id: o.id } })))
  return orders.map((o) => ({ id: o.id, placedAt }))
}
