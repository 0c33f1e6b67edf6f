import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { seesAll, type MemberRole } from "../../../modules/organisation/rules"
import type { SpendingCheck } from "../spending"
import { organisations } from "./organisations"

const LOCK = { timeout: 30 }

/** What undoes a request: the pending one's amount put back, or the new one removed and those it superseded restored. */
type RequestUndo = { updated?: { id: string; amount: number }; created?: string; superseded: string[] }

/**
 * Opens the approval request for a cart over its member's limit, or brings the open one up to date: one open
 * request per cart (the table's unique index), taken under the cart's lock so two tries at completing make one.
 * An approval for less than the cart now costs (the cart grew after it) is superseded by a new request.
 */
export const requestApprovalStep = createStep(
  "request-organisation-approval",
  async (check: SpendingCheck, { container }) => {
    const service = organisations(container)
    return container.resolve(Modules.LOCKING).execute(
      `organisation-approval-cart:${check.cart_id}`,
      async () => {
        const open = await service.listOrganisationApprovals({ cart_id: check.cart_id, status: ["pending", "approved"] })
        const pending = open.find((a) => a.status === "pending")
        if (pending) {
          const before = Number(pending.amount)
          const approval = before === check.total ? pending : await service.updateOrganisationApprovals({ id: pending.id, amount: check.total })
          return new StepResponse(approval, { updated: { id: pending.id, amount: before }, superseded: [] } as RequestUndo)
        }
        const superseded = open.filter((a) => a.status === "approved").map((a) => a.id)
        if (superseded.length) await service.updateOrganisationApprovals(superseded.map((id) => ({ id, status: "superseded" as const })))
        const approval = await service.createOrganisationApprovals({
          organisation_id: check.organisation_id,
          cart_id: check.cart_id,
          requested_by: check.customer_id,
          amount: check.total,
          currency_code: check.currency_code,
        })
        return new StepResponse(approval, { created: approval.id, superseded } as RequestUndo)
      },
      LOCK
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = organisations(container)
    if (undo.updated) await service.updateOrganisationApprovals(undo.updated)
    if (undo.created) {
      await service.deleteOrganisationApprovals(undo.created)
      if (undo.superseded.length) await service.updateOrganisationApprovals(undo.superseded.map((id) => ({ id, status: "approved" as const })))
    }
  }
)

export type DecideApprovalInput = {
  organisation_id: string
  approval_id: string
  decider: { customer_id: string; role: MemberRole }
  status: "approved" | "rejected"
  note?: string
}

/**
 * An approver or admin approves or rejects a pending request, never their own. Under the request's lock, so of two
 * approvers deciding at once one decides and the other is told who did.
 */
export const decideApprovalStep = createStep(
  "decide-organisation-approval",
  async (input: DecideApprovalInput, { container }) => {
    const service = organisations(container)
    return container.resolve(Modules.LOCKING).execute(
      `organisation-approval:${input.approval_id}`,
      async () => {
        const [approval] = await service.listOrganisationApprovals({ id: input.approval_id, organisation_id: input.organisation_id })
        if (!approval) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Approval ${input.approval_id} was not found`)
        if (!seesAll(input.decider.role)) {
          throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only the organisation's approvers and admins decide approvals.")
        }
        if (approval.requested_by === input.decider.customer_id) {
          throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You cannot decide on your own cart: another approver or admin of the organisation has to.")
        }
        if (approval.status !== "pending") {
          throw new MedusaError(
            MedusaError.Types.CONFLICT,
            `This request was already ${approval.status}${approval.decided_at ? ` at ${new Date(approval.decided_at).toISOString()}` : ""}.`
          )
        }
        const decided = await service.updateOrganisationApprovals({
          id: approval.id,
          status: input.status,
          decided_by: input.decider.customer_id,
          decided_at: new Date(),
          note: input.note?.trim() || null,
        })
        return new StepResponse(decided, approval.id)
      },
      LOCK
    )
  },
  async (id, { container }) => {
    if (id) await organisations(container).updateOrganisationApprovals({ id, status: "pending", decided_by: null, decided_at: null, note: null })
  }
)
