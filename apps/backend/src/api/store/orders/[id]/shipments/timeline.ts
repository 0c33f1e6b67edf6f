import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { byOccurrence } from "../../../../../modules/logistics/status"

export type TimelineEntry = { code: string; occurred_at: string; source: string; location: string | null; note: string | null }

/** Events whose note the buyer sees: the carrier and waybill, to follow the parcel on the carrier's own site. */
const BUYER_NOTES = ["handed_over", "waybill_corrected"]

/**
 * The steps a shipment takes, in order: the manufacturer's (its child order's status), customs', the
 * park's and the carrier's (its timeline's codes). A customs hold or rejection stands where customs
 * would have accepted. Codes not here (allocated, corrections, exceptions) are no step of their own.
 */
const STEPS: readonly (readonly string[])[] = [
  ["placed"], ["confirmed"], ["ready_for_handoff"], ["customs_hold", "customs_rejected"], ["customs_accepted"], ["customs_released"],
  ["received"], ["packed"], ["handed_over"], ["in_transit"], ["out_for_delivery"], ["delivered"],
]

/** The buyer's headline for a shipment: the furthest step it has taken, whoever took it (a late "in transit" after delivery leaves it delivered). */
export function shipmentHeadline(manufacturerStatus: string, timeline: { code: string }[]): string {
  const rank = (code: string) => STEPS.findIndex((step) => step.includes(code))
  return timeline.reduce((furthest, { code }) => (rank(code) > rank(furthest) ? code : furthest), manufacturerStatus)
}

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
 * Each child order's timeline, oldest first (at one instant, in the order recorded): its consignment's
 * tracking events (customs, park and carrier). Before the park has the consignment, the declaration's
 * current state (and a customs hold) stands in for it. Operators' notes stay internal: the buyer sees what
 * happened, where and when, and the carrier and waybill of the hand-over and its corrections.
 */
export async function shipmentTimelines(query: Omit<RemoteQueryFunction, symbol>, orderIds: string[]): Promise<Map<string, TimelineEntry[]>> {
  const timelines = new Map<string, TimelineEntry[]>()
  if (!orderIds.length) return timelines
  const [{ data: consignments }, { data: declarations }] = await Promise.all([
    query.graph({
      entity: "consignment",
      fields: [
        "order_id", "tracking_events.code", "tracking_events.occurred_at", "tracking_events.sequence", "tracking_events.source", "tracking_events.location", "tracking_events.note",
      ],
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
      ? [...(consignment.tracking_events ?? [])].map((e) => e!).sort(byOccurrence).map((e) => ({
          code: e.code,
          occurred_at: new Date(e.occurred_at).toISOString(),
          source: e.source,
          location: e.location ?? null,
          note: BUYER_NOTES.includes(e.code) ? (e.note ?? null) : null,
        }))
      : declaration && EARLY_CUSTOMS.includes(declaration.status) && declaration.status_changed_at
        ? [
            { code: `customs_${declaration.status}`, occurred_at: new Date(declaration.status_changed_at).toISOString(), source: "customs", location: null, note: null },
            ...heldFor(declaration),
          ].sort(byOccurrence)
        : []
    timelines.set(orderId, entries)
  }
  return timelines
}
