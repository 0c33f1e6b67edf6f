/**
 * A service partner's review (as a manufacturer's): pending → verified | rejected, verified → suspended → verified.
 * Only verified partners are found by buyers and can be authorised by manufacturers.
 */
export const PARTNER_STATUSES = ["pending", "verified", "rejected", "suspended"] as const
export type PartnerStatus = (typeof PARTNER_STATUSES)[number]

const PARTNER_NEXT: Record<PartnerStatus, PartnerStatus[]> = {
  pending: ["verified", "rejected"],
  verified: ["suspended"],
  suspended: ["verified"],
  rejected: [],
}

/** Statuses the partner is told the reason for. */
export const PARTNER_NEEDS_REASON: PartnerStatus[] = ["rejected", "suspended"]

export function partnerTransitionError(from: PartnerStatus, to: PartnerStatus): string | null {
  if (PARTNER_NEXT[from].includes(to)) return null
  const allowed = PARTNER_NEXT[from]
  return allowed.length ? `A ${from} service partner can only be ${allowed.join(" or ")}, not ${to}.` : `A ${from} service partner cannot change status; it has to register again.`
}

export const PARTNER_KINDS = ["fitting_centre", "repairer", "clinic"] as const
export const PARTNER_SERVICES = ["assessment", "fitting", "assembly", "repair", "training"] as const
export type PartnerService = (typeof PARTNER_SERVICES)[number]

/**
 * A service job's life: the buyer requests; the partner accepts or declines; an accepted job is scheduled
 * (again, when the time moves) and completed with a report. Buyer or partner may cancel before completion.
 */
export const SERVICE_JOB_STATUSES = ["requested", "accepted", "declined", "scheduled", "completed", "cancelled"] as const
export type ServiceJobStatus = (typeof SERVICE_JOB_STATUSES)[number]

const JOB_NEXT: Record<ServiceJobStatus, ServiceJobStatus[]> = {
  requested: ["accepted", "declined", "cancelled"],
  accepted: ["scheduled", "cancelled"],
  scheduled: ["scheduled", "completed", "cancelled"],
  declined: [],
  completed: [],
  cancelled: [],
}

/** Null when the job may move to `to`, else a sentence saying what it can do instead. */
export function jobTransitionError(from: ServiceJobStatus, to: ServiceJobStatus): string | null {
  if (JOB_NEXT[from].includes(to)) return null
  const allowed = JOB_NEXT[from]
  return allowed.length ? `A ${from} service job can only be ${allowed.join(" or ")} next, not ${to}.` : `A ${from} service job is closed.`
}
