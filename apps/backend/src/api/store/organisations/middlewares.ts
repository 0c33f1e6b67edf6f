import { authenticate, validateAndTransformBody, type MedusaNextFunction, type MedusaRequest, type MedusaResponse, type MiddlewareRoute } from "@medusajs/framework/http"
import { documentUpload } from "../../vendor/certificates/upload"
import { requestOrganisationApprovalWorkflow } from "../../../workflows/organisation/approvals"
import { approvalNeededMessage, approvalRejectedMessage, checkSpending } from "../../../workflows/organisation/spending"
import { onlyAdmins, resolveOrganisation } from "./tenant"
import {
  StoreAddOrganisationDocument,
  StoreCreateOrganisationAddress,
  StoreDecideApproval,
  StoreInviteMember,
  StoreRegisterBeneficiary,
  StoreRegisterOrganisation,
  StoreUpdateMember,
  StoreUpdateOrganisationAddress,
} from "./validators"

const customerAuth = authenticate("customer", ["session", "bearer"])

/**
 * A cart for the organisation over its member's limit, with no approval for its total, is not completed: the
 * approval is asked for (once per cart) and the buyer told so with a 403; a cart rejected as it is stays refused. The completion itself checks again
 * under the member's lock (`workflows/hooks/complete-cart-organisation.ts`).
 */
export async function askApprovalOverLimit(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const check = await checkSpending(req.scope, req.params.id)
    if (!check?.needs_approval || check.approval_id) return next()
    if (check.rejection) {
      res.status(403).json({ type: "not_allowed", code: "approval_rejected", message: approvalRejectedMessage(check), approval: { id: check.rejection.id, status: "rejected" } })
      return
    }
    const { result: approval } = await requestOrganisationApprovalWorkflow(req.scope).run({ input: check })
    res.status(403).json({
      type: "not_allowed",
      code: "approval_required",
      message: approvalNeededMessage(check),
      approval: { id: approval.id, status: approval.status, amount: Number(approval.amount), currency_code: approval.currency_code },
    })
  } catch (e) {
    next(e)
  }
}

export const storeOrganisationsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/organisations", middlewares: [customerAuth, validateAndTransformBody(StoreRegisterOrganisation)] },
  { method: ["POST"], matcher: "/store/organisations/invites/:token/accept", middlewares: [customerAuth] },
  // Global on the path: every route below it knows the caller's organisation and role.
  { matcher: "/store/organisations/me", middlewares: [customerAuth, resolveOrganisation] },
  {
    method: ["POST"],
    matcher: "/store/organisations/me/documents",
    middlewares: [onlyAdmins("add documents"), documentUpload("a PDF, PNG or JPEG of the registration document"), validateAndTransformBody(StoreAddOrganisationDocument)],
  },
  { method: ["POST"], matcher: "/store/organisations/me/invites", middlewares: [onlyAdmins("invite members"), validateAndTransformBody(StoreInviteMember)] },
  { method: ["POST"], matcher: "/store/organisations/me/members/:id", middlewares: [onlyAdmins("change members"), validateAndTransformBody(StoreUpdateMember)] },
  { method: ["DELETE"], matcher: "/store/organisations/me/members/:id", middlewares: [onlyAdmins("remove members")] },
  { method: ["POST"], matcher: "/store/organisations/me/addresses", middlewares: [onlyAdmins("manage addresses"), validateAndTransformBody(StoreCreateOrganisationAddress)] },
  { method: ["POST"], matcher: "/store/organisations/me/addresses/:id", middlewares: [onlyAdmins("manage addresses"), validateAndTransformBody(StoreUpdateOrganisationAddress)] },
  { method: ["DELETE"], matcher: "/store/organisations/me/addresses/:id", middlewares: [onlyAdmins("manage addresses")] },
  {
    method: ["POST"],
    matcher: "/store/organisations/me/beneficiaries",
    middlewares: [onlyAdmins("register beneficiaries"), validateAndTransformBody(StoreRegisterBeneficiary)],
  },
  { method: ["POST"], matcher: "/store/organisations/me/approvals/:id/decision", middlewares: [validateAndTransformBody(StoreDecideApproval)] },
  { method: ["POST", "DELETE"], matcher: "/store/carts/:id/organisation", middlewares: [customerAuth] },
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [askApprovalOverLimit] },
]
