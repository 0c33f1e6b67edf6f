/** Where a job stands, in the ledger's words (BullMQ's own states, with a failed run waiting for its retry told apart). */
export const LEDGER_STATES = ["waiting", "active", "retrying", "completed", "failed", "removed"] as const
export type LedgerState = (typeof LEDGER_STATES)[number]

/**
 * BullMQ's state of a job (from `job.getState()`, "unknown" once it is gone) as a ledger state. A job
 * that failed a run and waits (delayed by its backoff, or queued again) is retrying, not new work.
 */
export function ledgerState(bullState: string, failedRuns: number, event: string): LedgerState {
  switch (bullState) {
    case "completed":
    case "failed":
    case "active":
      return bullState
    case "unknown":
      // Gone from Redis: removed on completion (coalesced jobs) or withdrawn before it ran.
      return event === "completed" ? "completed" : event === "failed" ? "failed" : "removed"
    default:
      return failedRuns > 0 ? "retrying" : "waiting"
  }
}

/** Stream ids ("1732999999999-3") padded so that comparing them as text orders them in time. */
export function sortableEventId(id: string): string {
  const [ms, seq = "0"] = id.split("-")
  return `${ms.padStart(15, "0")}-${seq.padStart(6, "0")}`
}

/** Back from the padded form to the id QueueEvents takes as `lastEventId`. */
export function streamEventId(sortable: string): string {
  const [ms, seq] = sortable.split("-")
  return `${Number(ms)}-${Number(seq)}`
}
