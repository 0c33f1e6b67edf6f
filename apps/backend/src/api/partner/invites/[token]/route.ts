import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { invitationStatus } from "../../../../workflows/steps/invitation"

/**
 * GET /partner/invites/:token — what the invitation email's link opens: whom it invites, to which partner, and
 * whether it can still be accepted. Needs no login: the token is the key.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "partner_invite",
    fields: ["email", "name", "expires_at", "accepted_at", "partner.legal_name", "partner.city"],
    filters: { token: req.params.token },
  })
  const invite = data[0]
  if (!invite) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This invitation is not valid.")
  const { email, name, expires_at, partner } = invite
  res.json({ invitation: { email, name, expires_at, status: invitationStatus(invite), service_partner: { legal_name: partner?.legal_name, city: partner?.city } } })
}
