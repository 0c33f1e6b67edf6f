/**
 * An institutional buyer's review lifecycle (the manufacturers' pattern): pending → verified | rejected,
 * verified → suspended → verified. Only a verified organisation's members check out for it.
 */
export const ORGANISATION_KINDS = ["clinic", "ngo", "agency", "distributor", "government"] as const
export const ORGANISATION_STATUSES = ["pending", "verified", "rejected", "suspended"] as const
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number]

/** admin: members, addresses, limits (and approves); approver: approves others' carts; buyer: checks out. */
export const MEMBER_ROLES = ["admin", "buyer", "approver"] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

export const LIMIT_PERIODS = ["month", "quarter", "year"] as const
export type LimitPeriod = (typeof LIMIT_PERIODS)[number]

/** superseded: approved for less than the cart came to later; used: the approved cart became an order. */
export const APPROVAL_STATUSES = ["pending", "approved", "rejected", "superseded", "used"] as const

const NEXT: Record<OrganisationStatus, OrganisationStatus[]> = {
  pending: ["verified", "rejected"],
  verified: ["suspended"],
  suspended: ["verified"],
  rejected: [],
}

/** Statuses that must say why: the organisation's admins are told the reason. */
export const NEEDS_REASON: OrganisationStatus[] = ["rejected", "suspended"]

/** Null when the change is allowed, else a sentence saying why not. */
export function transitionError(from: OrganisationStatus, to: OrganisationStatus): string | null {
  if (NEXT[from].includes(to)) return null
  const allowed = NEXT[from]
  return allowed.length
    ? `A ${from} organisation can only be ${allowed.join(" or ")}, not ${to}.`
    : `A ${from} organisation cannot change status; it has to register again.`
}

/** Roles that see every order and approval of the organisation and decide approvals. */
export const seesAll = (role: MemberRole) => role === "admin" || role === "approver"

/** The first instant (UTC) of the limit's period that contains `at`. */
export function periodStart(period: LimitPeriod, at: Date): Date {
  const y = at.getUTCFullYear()
  const m = at.getUTCMonth()
  if (period === "year") return new Date(Date.UTC(y, 0, 1))
  if (period === "quarter") return new Date(Date.UTC(y, m - (m % 3), 1))
  return new Date(Date.UTC(y, m, 1))
}
