export const CONSIGNMENT_STATUSES = ["allocated", "received", "packed", "handed_over", "in_transit", "delivered"] as const
export type ConsignmentStatus = (typeof CONSIGNMENT_STATUSES)[number]

export const TRACKING_SOURCES = ["operator", "park", "carrier", "customs"] as const
export type TrackingSource = (typeof TRACKING_SOURCES)[number]

export const EXCEPTION_KINDS = ["damaged", "missing", "customs_hold"] as const
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number]

/** What the park's and carriers' systems may report about a consignment once it has left. */
export const CARRIER_EVENT_CODES = ["in_transit", "out_for_delivery", "delivered", "exception_damaged", "exception_missing"] as const
export type CarrierEventCode = (typeof CARRIER_EVENT_CODES)[number]

/**
 * Where a consignment may be before each move. Packing again replaces the packages (a re-weigh);
 * the carrier's events may arrive late or twice, so a consignment already further on stays where it is.
 */
const ALLOWED_FROM: Record<Exclude<ConsignmentStatus, "allocated">, readonly ConsignmentStatus[]> = {
  received: ["allocated", "received"],
  packed: ["received", "packed"],
  handed_over: ["packed", "handed_over"],
  in_transit: ["handed_over", "in_transit", "delivered"],
  delivered: ["handed_over", "in_transit", "delivered"],
}

/** Why a consignment cannot move from `from` to `to`, or null when it can (or already has). */
export function consignmentTransitionProblem(from: ConsignmentStatus, to: Exclude<ConsignmentStatus, "allocated">): string | null {
  if (ALLOWED_FROM[to].includes(from)) return null
  return `it is ${from.replace(/_/g, " ")}; it must be ${ALLOWED_FROM[to].filter((s) => s !== to).map((s) => s.replace(/_/g, " ")).join(" or ")} first`
}

/** The status a move leaves the consignment in: a late "in transit" after delivery does not undo it. */
export function statusAfter(from: ConsignmentStatus, to: Exclude<ConsignmentStatus, "allocated">): ConsignmentStatus {
  return from === "delivered" ? from : to
}


/** The tracking event recording an exception's resolution is keyed by the exception: one per exception. */
export const exceptionResolutionKey = (exceptionId: string) => `exception_resolved:${exceptionId}`

/** Exceptions recorded on a consignment that no operator has resolved yet, in the order given. */
export function openExceptions<E extends { id: string; code: string; dedupe_key: string }>(events: E[]): E[] {
  const keys = new Set(events.map((e) => e.dedupe_key))
  return events.filter((e) => e.code.startsWith("exception_") && e.code !== "exception_resolved" && !keys.has(exceptionResolutionKey(e.id)))
}

/**
 * Tracking events in the order they happened: by their own time, and at the same instant (customs'
 * acceptance and release read in one batch, two carrier events in the same second) in the order they
 * were recorded. Never by the order the database happens to return them in.
 */
// The sequence is a serial column: Medusa's generated types call it a string, the driver gives a number.
export function byOccurrence<E extends { occurred_at: Date | string; sequence?: number | string | null }>(a: E, b: E): number {
  return new Date(a.occurred_at).getTime() - new Date(b.occurred_at).getTime() || Number(a.sequence ?? 0) - Number(b.sequence ?? 0)
}

type Waybill = { carrier: string | null; waybill_number: string | null }

/** How the carrier and waybill read on the timeline and in notices: what lets the buyer follow the parcel on the carrier's site. */
export const waybillNote = (w: Waybill) => `${w.carrier ?? ""} ${w.waybill_number ?? ""}`.trim()

const sameWaybill = (a: Waybill, b: Waybill) => a.carrier === b.carrier && a.waybill_number === b.waybill_number

/**
 * Why a hand-over cannot be recorded again, or null: the first one, or the same one repeated (which
 * changes nothing). Another waybill on a consignment already handed over is a correction, made as one.
 */
export function repeatedHandOverProblem(current: Waybill, next: Waybill): string | null {
  if (!current.waybill_number || sameWaybill(current, next)) return null
  return `it was already handed over to ${current.carrier} with waybill ${current.waybill_number}; to put a mistyped waybill right, make a waybill correction (POST /operator/consignments/:id/waybill-correction, with the reason)`
}

/** Why a consignment's waybill cannot be corrected to `next`, or null when it can. */
export function waybillCorrectionProblem(current: Waybill, next: Waybill): string | null {
  if (!current.waybill_number) return "it has not been handed over yet, so it has no waybill to correct; hand it over with the right one"
  if (sameWaybill(current, next)) return `it already has carrier ${current.carrier} and waybill ${current.waybill_number}: there is nothing to correct`
  return null
}
