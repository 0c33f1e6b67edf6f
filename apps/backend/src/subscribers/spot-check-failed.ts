import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SPOT_CHECK_FAILED } from "../workflows/supervision/record-spot-check"

/** Tells the manufacturer that a product failed a spot check and is off sale (once per check). */
export default async function spotCheckFailedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "spot_check",
    fields: ["id", "product_id", "manufacturer_id", "lab", "findings", "sampled_at"],
    filters: { id: event.data.id },
  })
  const check = data[0]
  if (!check) return
  const [{ data: makers }, { data: products }] = await Promise.all([
    query.graph({ entity: "manufacturer", fields: ["contact_email", "legal_name_en"], filters: { id: check.manufacturer_id } }),
    query.graph({ entity: "product", fields: ["title"], filters: { id: check.product_id } }),
  ])
  if (!makers[0]) return
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: makers[0].contact_email,
    channel: "email",
    template: "spot-check-failed",
    idempotency_key: `spot-check-failed:${check.id}`,
    data: {
      manufacturer: makers[0].legal_name_en,
      spot_check_id: check.id,
      product_id: check.product_id,
      product: products[0]?.title,
      lab: check.lab,
      findings: check.findings,
      sampled_at: check.sampled_at,
    },
  })
}

export const config: SubscriberConfig = { event: SPOT_CHECK_FAILED }
