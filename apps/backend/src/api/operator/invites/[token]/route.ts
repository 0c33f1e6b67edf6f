import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { invitationStatus } from "../../../../workflows/steps/invitation"

/**
 * GET /operator/invites/:token — what the invitation email's link opens: whom it invites, to which park, and
 * whether it can still be accepted (open, used or expired). Needs no login: the token is the key.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "operator_invite",
    fields: ["email", "name", "role", "expires_at", "accepted_at", "park.name_zh", "park.name_en"],
    filters: { token: req.params.token },
  })
  const invite = data[0]
  if (!invite) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This invitation is not valid.")
  const { email, name, role, expires_at, park } = invite
  res.json({ invitation: { email, name, role, expires_at, status: invitationStatus(invite), park: { name_zh: park?.name_zh, name_en: park?.name_en } } })
}
