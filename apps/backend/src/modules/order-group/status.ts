import type { ChildOrderStatus } from "./models/child-order"

/** What a manufacturer does with a child order, in order: confirm it, then have it ready for the park. */
export const CHILD_ORDER_NEXT: Record<ChildOrderStatus, ChildOrderStatus | null> = {
  placed: "confirmed",
  confirmed: "ready_for_handoff",
  ready_for_handoff: null,
}

/** Why a manufacturer cannot move an order from `from` to `to`, or null when it can (or already has). */
export function childOrderTransitionProblem(from: ChildOrderStatus, to: ChildOrderStatus): string | null {
  if (from === to || CHILD_ORDER_NEXT[from] === to) return null
  if (to === "ready_for_handoff") return "confirm the order before marking it ready for hand-off to the park"
  return `the order is already ${from.replace(/_/g, " ")}`
}
