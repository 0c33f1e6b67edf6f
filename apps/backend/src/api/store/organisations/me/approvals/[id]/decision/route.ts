import type { MedusaResponse } from "@medusajs/framework/http"
import { decideOrganisationApprovalWorkflow } from "../../../../../../../workflows/organisation/approvals"
import type { OrganisationRequest } from "../../../../tenant"
import type { StoreDecideApprovalType } from "../../../../validators"

/** POST /store/organisations/me/approvals/:id/decision — an approver or admin approves or rejects (with a note) another's cart. */
export async function POST(req: OrganisationRequest<StoreDecideApprovalType>, res: MedusaResponse) {
  const { organisation_id, role, customer_id } = req.organisationMember
  const { result } = await decideOrganisationApprovalWorkflow(req.scope).run({
    input: { organisation_id, approval_id: req.params.id, decider: { customer_id, role }, ...req.validatedBody },
  })
  res.json({
    approval: { id: result.id, status: result.status, decided_by: result.decided_by, decided_at: result.decided_at, note: result.note, amount: Number(result.amount) },
  })
}
