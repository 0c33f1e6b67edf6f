import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CONSIGNMENT_ALLOCATED } from "../workflows/logistics/allocate-consignment"

/** A consignment is on its way to the park: every operator of that park is told what to expect (once each). */
export default async function consignmentAllocatedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "consignment",
    fields: ["id", "barcode", "destination_country", "expected_packages", "order_id", "park.code", "park.operators.email"],
    filters: { id: event.data.id },
  })
  const c = data[0]
  if (!c) return
  const operators = (c.park?.operators ?? []).map((o) => o!.email)
  if (!operators.length) return
  await container.resolve(Modules.NOTIFICATION).createNotifications(
    operators.map((to) => ({
      to,
      channel: "email",
      template: "consignment-allocated",
      idempotency_key: `consignment-allocated:${c.id}:${to}`,
      data: { consignment_id: c.id, barcode: c.barcode, park: c.park.code, destination_country: c.destination_country, expected_packages: c.expected_packages },
    }))
  )
}

export const config: SubscriberConfig = { event: CONSIGNMENT_ALLOCATED }
