import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CONSIGNMENT_TRACKED } from "../workflows/logistics/consignment-actions"

type Tracked = { id: string; consignment_id: string; code: string }

/** What the buyer and the manufacturer hear about: the goods leaving (and its waybill corrected), something going wrong, arrival. */
const TOLD = (code: string) => ["handed_over", "waybill_corrected", "delivered"].includes(code) || code.startsWith("exception_")

/** A consignment's tracking event the buyer and the manufacturer are told about (one notice each, even when the event is redelivered). */
export default async function consignmentTrackedHandler({ event, container }: SubscriberArgs<Tracked>) {
  const tracked = event.data
  if (!TOLD(tracked.code)) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: consignments } = await query.graph({
    entity: "consignment",
    fields: ["id", "barcode", "order_id", "buyer_order_id", "manufacturer_id", "carrier", "waybill_number", "tracking_events.id", "tracking_events.note", "tracking_events.occurred_at"],
    filters: { id: tracked.consignment_id },
  })
  const c = consignments[0]
  if (!c) return
  const [{ data: orders }, { data: makers }] = await Promise.all([
    query.graph({ entity: "order", fields: ["id", "display_id", "email"], filters: { id: [c.buyer_order_id, c.order_id] } }),
    query.graph({ entity: "manufacturer", fields: ["contact_email", "legal_name_en"], filters: { id: c.manufacturer_id } }),
  ])
  const trackingEvent = (c.tracking_events ?? []).find((e) => e?.id === tracked.id)
  // Each hears of the order it knows: the buyer of theirs, the manufacturer of its child order (never the buyer's).
  const buyerOrder = orders.find((o) => o.id === c.buyer_order_id)
  const childOrder = orders.find((o) => o.id === c.order_id)
  const recipients = [
    { to: buyerOrder?.email, audience: "buyer", order: buyerOrder },
    { to: makers[0]?.contact_email, audience: "manufacturer", order: childOrder },
  ].filter((r): r is { to: string; audience: string; order: typeof buyerOrder } => !!r.to)
  await container.resolve(Modules.NOTIFICATION).createNotifications(
    recipients.map(({ to, audience, order }) => ({
      to,
      channel: "email",
      template: `consignment-${tracked.code.replace(/_/g, "-")}`,
      idempotency_key: `consignment-tracked:${tracked.id}:${to}`,
      data: {
        audience,
        code: tracked.code,
        barcode: c.barcode,
        order_id: order?.id ?? null,
        order_display_id: order?.display_id ?? null,
        manufacturer: makers[0]?.legal_name_en,
        carrier: c.carrier,
        waybill_number: c.waybill_number,
        // An operator's note is for the manufacturer; the buyer hears what happened, not the park's working notes.
        note: audience === "manufacturer" ? (trackingEvent?.note ?? null) : null,
        occurred_at: trackingEvent?.occurred_at ?? null,
      },
    }))
  )
}

export const config: SubscriberConfig = { event: CONSIGNMENT_TRACKED }
