import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ConsignmentRef = { id: string; order_id: string; buyer_order_id: string; park_id: string; fulfillment_id: string | null }

/**
 * The buyer's order lines this consignment carries (the child order's items point back at them) and
 * the park's stock location: what a Medusa fulfillment of the buyer's order for this manufacturer needs.
 */
export const consignmentFulfillmentPlanStep = createStep("consignment-fulfillment-plan", async (consignment: ConsignmentRef, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: children } = await query.graph({ entity: "order", fields: ["id", "items.*"], filters: { id: consignment.order_id } })
  const items = (children[0]?.items ?? []).map((i) => ({
    id: (i!.metadata as { buyer_line_item_id?: string } | null)?.buyer_line_item_id ?? "",
    quantity: Number(i!.quantity),
  }))
  if (!items.length || items.some((i) => !i.id)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${consignment.order_id} does not name the buyer's order lines it was split from.`)
  }
  const { data: parks } = await query.graph({ entity: "park", fields: ["stock_location_id"], filters: { id: consignment.park_id } })
  return new StepResponse({ order_id: consignment.buyer_order_id, items, location_id: parks[0]?.stock_location_id ?? null })
})
