import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registerServicePartnerWorkflow } from "../../../workflows/service-partner/partners"
import { newcomerEmail } from "../tenant"
import type { PartnerRegisterType } from "../validators"

/**
 * POST /partner/service-partners — sign-up of a fitting centre, repairer or clinic. Call it with the token of a
 * freshly registered `partner` login (POST /auth/partner/emailpass/register); the partner starts pending
 * verification, and the person is its owner.
 */
export async function POST(req: AuthenticatedMedusaRequest<PartnerRegisterType>, res: MedusaResponse) {
  const email = (await newcomerEmail(req)) ?? req.validatedBody.contact_email
  const { owner, ...profile } = req.validatedBody
  const { result } = await registerServicePartnerWorkflow(req.scope).run({
    input: { authIdentityId: req.auth_context.auth_identity_id, profile, owner: { email, name: owner.name } },
  })
  res.status(201).json({ service_partner: result.partner, member: result.member })
}
