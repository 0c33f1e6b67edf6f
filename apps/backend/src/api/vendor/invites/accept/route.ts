import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { acceptStaffInviteWorkflow } from "../../../../workflows/manufacturer/invite-staff"
import type { VendorAcceptInviteType } from "../../validators"

/** POST /vendor/invites/accept — with a fresh `manufacturer` login: join the inviting manufacturer as staff. */
export async function POST(req: AuthenticatedMedusaRequest<VendorAcceptInviteType>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This login already belongs to a manufacturer.")
  }
  const identity = await req.scope
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id ?? ""
  const { result } = await acceptStaffInviteWorkflow(req.scope).run({
    input: { authIdentityId: req.auth_context.auth_identity_id, email, ...req.validatedBody },
  })
  res.status(201).json({ member: result })
}
