import type { MedusaResponse } from "@medusajs/framework/http"
import { inviteOrganisationMemberWorkflow } from "../../../../../workflows/organisation/members"
import type { OrganisationRequest } from "../../tenant"
import type { StoreInviteMemberType } from "../../validators"

/** POST /store/organisations/me/invites — an admin invites someone by email with a role; the token goes by email only. */
export async function POST(req: OrganisationRequest<StoreInviteMemberType>, res: MedusaResponse) {
  const { organisation_id, organisation_name, country_code } = req.organisationMember
  const storefront = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/$/, "")
  const { result } = await inviteOrganisationMemberWorkflow(req.scope).run({
    input: { organisation_id, organisation_name, email: req.validatedBody.email, role: req.validatedBody.role, storefront_url: `${storefront}/${country_code}` },
  })
  res.status(201).json({ invite: { id: result.id, email: result.email, role: result.role, expires_at: result.expires_at } })
}
