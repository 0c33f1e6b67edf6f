export const DECLARATION_STATUSES = ["draft", "generated", "submitted", "accepted", "rejected", "released", "cancelled"] as const
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number]

/**
 * Where a declaration may go next. A submitted declaration can no longer be cancelled here: that
 * takes a CEB605 cancellation message to customs. A rejected one goes back to draft when the
 * manufacturer resubmits it corrected (as a new version).
 */
export const DECLARATION_NEXT: Record<DeclarationStatus, readonly DeclarationStatus[]> = {
  draft: ["generated", "cancelled"],
  generated: ["submitted", "cancelled"],
  submitted: ["accepted", "rejected"],
  accepted: ["released"],
  rejected: ["draft", "cancelled"],
  released: [],
  cancelled: [],
}

/** Why a declaration cannot move from `from` to `to`, or null when it can (or already is there). */
export function declarationTransitionProblem(from: DeclarationStatus, to: DeclarationStatus): string | null {
  if (from === to || DECLARATION_NEXT[from].includes(to)) return null
  const next = DECLARATION_NEXT[from]
  return `a ${from} declaration can ${next.length ? `only become ${next.join(" or ")}` : "no longer change"}`
}

/**
 * What a customs receipt means for the declaration: the CEB 202205 return status of any receipt can
 * reject it (100 rejected, 4 not delivered to customs, negative = e-port error); only the inventory
 * list's receipt (CEB604) accepts (120 stored, 399 cleared) or releases it (800 released, 899 closed).
 * 300 (manual review) and the e-port's progress codes leave it where it is.
 */
export function declarationStatusForReceipt(replyType: string, returnStatus: string): DeclarationStatus | null {
  const meaning = messageStatusForReceipt(returnStatus)
  if (meaning === "rejected") return "rejected"
  if (replyType !== "CEB604") return null
  if (meaning === "accepted" || meaning === "cleared") return "accepted"
  if (meaning === "released" || meaning === "closed") return "released"
  return null
}

const RECEIPT_MEANING: Record<string, string> = { "120": "accepted", "300": "manual_review", "399": "cleared", "800": "released", "899": "closed" }

/** A sent message's status after a receipt: what customs said, or in_progress for the e-port's own progress codes. */
export function messageStatusForReceipt(returnStatus: string): string {
  if (returnStatus === "100" || returnStatus === "4" || /^-\d+$/.test(returnStatus)) return "rejected"
  return RECEIPT_MEANING[returnStatus] ?? "in_progress"
}

/**
 * The steps from `from` towards what a receipt says, or [] when there is nothing to do: a release
 * that arrives before the acceptance was read still passes through accepted; a late or repeated
 * receipt (an acceptance after the release) changes nothing. A receipt for a generated declaration
 * proves it was submitted: customs can answer before the transport's confirmation is recorded.
 */
export function stepsForReceipt(from: DeclarationStatus, target: DeclarationStatus | null): DeclarationStatus[] {
  if (from === "generated") return ["submitted", ...stepsForReceipt("submitted", target)]
  if (!target || from === target) return []
  if (from === "submitted" && target === "released") return ["accepted", "released"]
  return declarationTransitionProblem(from, target) ? [] : [target]
}

/**
 * Why a declaration cannot be resubmitted as version `version + 1`, or null when it can: only the
 * current version, and only once customs rejected it or the workers could not build it.
 */
export function resubmissionProblem(
  declaration: { status: DeclarationStatus; version: number; problem?: string | null },
  version: number
): string | null {
  if (version !== declaration.version) return `version ${version} is not the current one (${declaration.version}); reload the order`
  if (declaration.status === "rejected" || (declaration.status === "draft" && declaration.problem)) return null
  return `a ${declaration.status} declaration is resubmitted only after customs rejects it or it cannot be built`
}

type Receipt = { direction: string; type: string; version: number; return_status?: string | null; created_at: Date | string }

/**
 * When customs accepted the declaration's current version: the first receipt that accepted it, or
 * released it (a release carries the acceptance when no acceptance came first); null when none has.
 */
export function acceptedAt(declaration: { version: number; messages?: (Receipt | null)[] | null }): Date | null {
  const times = (declaration.messages ?? [])
    .filter((m): m is Receipt => m?.direction === "in" && m.version === declaration.version)
    .filter((m) => ["accepted", "released"].includes(declarationStatusForReceipt(m.type, m.return_status ?? "") ?? ""))
    .map((m) => new Date(m.created_at).getTime())
  return times.length ? new Date(Math.min(...times)) : null
}
