/**
 * The manufacturer review lifecycle: pending → approved | rejected, approved → suspended → approved.
 * Only approved manufacturers' products are on sale.
 */
export const MANUFACTURER_STATUSES = ["pending", "approved", "rejected", "suspended"] as const
export type ManufacturerStatus = (typeof MANUFACTURER_STATUSES)[number]

const NEXT: Record<ManufacturerStatus, ManufacturerStatus[]> = {
  pending: ["approved", "rejected"],
  approved: ["suspended"],
  suspended: ["approved"],
  rejected: [],
}

/** Statuses that must say why: the manufacturer is told the reason. */
export const NEEDS_REASON: ManufacturerStatus[] = ["rejected", "suspended"]

/** Null when the change is allowed, else a sentence saying why not. */
export function transitionError(from: ManufacturerStatus, to: ManufacturerStatus): string | null {
  if (NEXT[from].includes(to)) return null
  const allowed = NEXT[from]
  return allowed.length
    ? `A ${from} manufacturer can only be ${allowed.join(" or ")}, not ${to}.`
    : `A ${from} manufacturer cannot change status; it has to register again.`
}
