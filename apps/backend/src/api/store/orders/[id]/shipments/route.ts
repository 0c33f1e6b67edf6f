import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { shipmentHeadline, shipmentTimelines } from "./timeline"

/**
 * GET /store/orders/:id/shipments — the buyer's order as it travels: one shipment per manufacturer
 * (its child order), with the manufacturer, the items, how far it has got (its furthest step, the
 * manufacturer's, customs', the park's or the carrier's) and its timeline (customs, the park and the
 * carrier, oldest first). Only the buyer's, as every route under /store/orders/:id (buyer-access.ts).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: groups } = await query.graph({
    entity: "order_group",
    fields: ["child_orders.order_id", "child_orders.status", "child_orders.confirmed_at", "child_orders.ready_for_handoff_at"],
    filters: { buyer_order_id: req.params.id },
  })
  const children = (groups[0]?.child_orders ?? []).filter((c) => !!c)
  const { data: details } = children.length
    ? await query.graph({
        entity: "order",
        // items.*: a line's quantity lives in its item detail, which only the wildcard brings.
        fields: ["id", "items.*", "manufacturer.handle", "manufacturer.legal_name_en", "manufacturer.legal_name_zh"],
        filters: { id: children.map((c) => c.order_id) },
      })
    : { data: [] }
  const timelines = await shipmentTimelines(query, children.map((c) => c.order_id))
  res.json({
    // Until the order has been split (a moment after it is placed) there is nothing to list yet.
    shipments: children.map((c) => {
      const { id, items, manufacturer } = details.find((d) => d.id === c.order_id)!
      const timeline = timelines.get(id) ?? []
      return {
        id,
        status: shipmentHeadline(c.status, timeline),
        confirmed_at: c.confirmed_at,
        ready_for_handoff_at: c.ready_for_handoff_at,
        manufacturer,
        items: (items ?? []).map((i) => ({ title: i!.title, variant_title: i!.variant_title, quantity: i!.quantity, thumbnail: i!.thumbnail })),
        timeline,
      }
    }),
  })
}
