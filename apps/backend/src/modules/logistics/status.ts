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
