import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptPartnerInviteWorkflow } from "../../../../workflows/service-partner/partners"
import { newcomerEmail } from "../../tenant"
import type { PartnerAcceptInviteType } from "../../validators"

/**
 * POST /partner/invites/accept — with the person's own `partner` login (registered with the invited email, or one
 * of theirs not yet any partner's): join the service partner's staff.
 */
export async function POST(req: AuthenticatedMedusaRequest<PartnerAcceptInviteType>, res: MedusaResponse) {
  const email = (await newcomerEmail(req)) ?? ""
  const { result } = await acceptPartnerInviteWorkflow(req.scope).run({
    input: { authIdentityId: req.auth_context.auth_identity_id, email, ...req.validatedBody },
  })
  res.status(201).json({ member: result })
}
