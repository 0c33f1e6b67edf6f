import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { enterExportPipeline } from "../workflows/order-group/enter-export-pipeline"

/** A placed order enters the export pipeline; a redelivered event repeats nothing. */
export default async function orderPlacedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await enterExportPipeline(container, event.data.id)
}

export const config: SubscriberConfig = { event: "order.placed" }
