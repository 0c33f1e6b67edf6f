import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { registerManufacturerWorkflow } from "../../../workflows/manufacturer/register-manufacturer"
import type { VendorRegisterManufacturerType } from "../validators"

/**
 * POST /vendor/manufacturers — sign-up. Call it with the token of a freshly registered
 * `manufacturer` identity (POST /auth/manufacturer/emailpass/register); the company starts pending review.
 */
export async function POST(req: AuthenticatedMedusaRequest<VendorRegisterManufacturerType>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This login already belongs to a manufacturer.")
  }
  const { owner, ...profile } = req.validatedBody
  // The owner's email is the one they registered their login with.
  const identity = await req.scope
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id ?? profile.contact_email
  const { result } = await registerManufacturerWorkflow(req.scope).run({
    input: { authIdentityId: req.auth_context.auth_identity_id, profile, owner: { ...owner, email } },
  })
  res.status(201).json({ manufacturer: result.manufacturer, member: result.member })
}
