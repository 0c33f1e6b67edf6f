import type { RemoteQueryFunction } from "@medusajs/framework/types"

export type TimelineEntry = { code: string; occurred_at: string; source: string; location: string | null; note: string | null }

/** Customs' states a buyer is shown before the park has the goods. */
const EARLY_CUSTOMS = ["submitted", "accepted", "rejected", "released"]

type EarlyDeclaration = {
  status: string
  version: number
  messages?: ({ direction: string; version: number; return_status?: string | null; created_at: string | Date } | null)[] | null
}

/** A submitted declaration customs holds for manual review (receipt 300 to its current version): when the hold came. */
function heldFor(declaration: EarlyDeclaration): TimelineEntry[] {
  if (declaration.status !== "submitted") return []
  const holds = (declaration.messages ?? []).filter((m) => m?.direction === "in" && m.version === declaration.version && m.return_status === "300")
  if (!holds.length) return []
  const first = holds.map((m) => new Date(m!.created_at).toISOString()).sort()[0]
  return [{ code: "customs_hold", occurred_at: first, source: "customs", location: null, note: null }]
}

/**
 * Each child order's timeline, oldest first: its consignment's tracking events (customs, park and
 * carrier). Before the park has the consignment, the declaration's current state (and a customs hold) stands in for it.
 * Operators' notes stay internal: the buyer sees what happened, where and when.
 */
export async function shipmentTimelines(query: Omit<RemoteQueryFunction, symbol>, orderIds: string[]): Promise<Map<string, TimelineEntry[]>> {
  const timelines = new Map<string, TimelineEntry[]>()
  if (!orderIds.length) return timelines
  const [{ data: consignments }, { data: declarations }] = await Promise.all([
    query.graph({
      entity: "consignment",
      fields: ["order_id", "carrier", "waybill_number", "tracking_events.code", "tracking_events.occurred_at", "tracking_events.source", "tracking_events.location"],
      filters: { order_id: orderIds },
    }),
    query.graph({
      entity: "declaration",
      fields: ["order_id", "status", "status_changed_at", "version", "messages.direction", "messages.version", "messages.return_status", "messages.created_at"],
      filters: { order_id: orderIds },
    }),
  ])
  for (const orderId of orderIds) {
    const consignment = consignments.find((c) => c.order_id === orderId)
    const declaration = declarations.find((d) => d.order_id === orderId)
    const entries: TimelineEntry[] = consignment
      ? (consignment.tracking_events ?? []).map((e) => ({
          code: e!.code,
          occurred_at: new Date(e!.occurred_at).toISOString(),
          source: e!.source,
          location: e!.location ?? null,
          // The carrier and waybill let the buyer follow the parcel on the carrier's own site.
          note: e!.code === "handed_over" ? `${consignment.carrier ?? ""} ${consignment.waybill_number ?? ""}`.trim() : null,
        }))
      : declaration && EARLY_CUSTOMS.includes(declaration.status) && declaration.status_changed_at
        ? [
            { code: `customs_${declaration.status}`, occurred_at: new Date(declaration.status_changed_at).toISOString(), source: "customs", location: null, note: null },
            ...heldFor(declaration),
          ]
        : []
    timelines.set(orderId, entries.sort((a, b) => a.occurred_at.localeCompare(b.occurred_at)))
  }
  return timelines
}
