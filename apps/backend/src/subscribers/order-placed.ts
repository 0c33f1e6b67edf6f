import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { registerDeclarationWorkflow } from "../workflows/customs/register-declaration"
import { splitOrderByManufacturerWorkflow } from "../workflows/order-group/split-order-by-manufacturer"

/**
 * A buyer's order is split into one child order per manufacturer, and each child order enters the
 * export pipeline (one declaration per manufacturer's shipment). Both steps are idempotent, so a
 * redelivered event repeats nothing.
 */
export default async function orderPlacedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const { result } = await splitOrderByManufacturerWorkflow(container).run({ input: { orderId: event.data.id } })
  for (const orderId of result.childOrderIds) {
    await registerDeclarationWorkflow(container).run({ input: { orderId } })
  }
}

export const config: SubscriberConfig = { event: "order.placed" }
