import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registerManufacturerWorkflow } from "../../../workflows/manufacturer/register-manufacturer"
import { newcomerEmail } from "../tenant"
import type { VendorRegisterManufacturerType } from "../validators"

/**
 * POST /vendor/manufacturers — sign-up. Call it with the token of a freshly registered
 * `manufacturer` identity (POST /auth/manufacturer/emailpass/register); the company starts pending review.
 */
export async function POST(req: AuthenticatedMedusaRequest<VendorRegisterManufacturerType>, res: MedusaResponse) {
  // The owner's email is the one they registered their login with.
  const registered = await newcomerEmail(req)
  const { owner, ...profile } = req.validatedBody
  const email = registered ?? profile.contact_email
  const { result } = await registerManufacturerWorkflow(req.scope).run({
    input: { authIdentityId: req.auth_context.auth_identity_id, profile, owner: { ...owner, email } },
  })
  res.status(201).json({ manufacturer: result.manufacturer, member: result.member })
}
