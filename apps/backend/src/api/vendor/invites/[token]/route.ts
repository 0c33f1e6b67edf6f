import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { invitationStatus } from "../../../../workflows/steps/invitation"

/**
 * GET /vendor/invites/:token — what the invitation email's link opens: whom it invites, to which manufacturer,
 * and whether it can still be accepted (open, used or expired). Needs no login: the token is the key.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "manufacturer_invite",
    fields: ["email", "expires_at", "accepted_at", "manufacturer.legal_name_zh", "manufacturer.legal_name_en"],
    filters: { token: req.params.token },
  })
  const invite = data[0]
  if (!invite) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This invitation is not valid.")
  const { email, expires_at, manufacturer } = invite
  res.json({
    invitation: { email, expires_at, status: invitationStatus(invite), manufacturer: { legal_name_zh: manufacturer?.legal_name_zh, legal_name_en: manufacturer?.legal_name_en } },
  })
}
