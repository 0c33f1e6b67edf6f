import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptStaffInviteWorkflow } from "../../../../workflows/manufacturer/invite-staff"
import { newcomerEmail } from "../../tenant"
import type { VendorAcceptInviteType } from "../../validators"

/** POST /vendor/invites/accept — with a fresh `manufacturer` login: join the inviting manufacturer as staff. */
export async function POST(req: AuthenticatedMedusaRequest<VendorAcceptInviteType>, res: MedusaResponse) {
  const email = (await newcomerEmail(req)) ?? ""
  const { result } = await acceptStaffInviteWorkflow(req.scope).run({
    input: { authIdentityId: req.auth_context.auth_identity_id, email, ...req.validatedBody },
  })
  res.status(201).json({ member: result })
}
