import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { registerOrderForExportWorkflow } from "../workflows/register-order-for-export"

export default async function orderPlacedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await registerOrderForExportWorkflow(container).run({ input: { orderId: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
