import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { funding } from "../../../../../../workflows/funding/programmes"
import type { OrganisationRequest } from "../../../tenant"

/** GET /store/organisations/me/beneficiaries/:id — one of this organisation's beneficiaries; another's is a 404. */
export async function GET(req: OrganisationRequest, res: MedusaResponse) {
  const [entitlement] = await funding(req.scope).listFundingEntitlements(
    { id: req.params.id, organisation_id: req.organisationMember.organisation_id },
    { relations: ["programme"] }
  )
  if (!entitlement) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Beneficiary ${req.params.id} was not found`)
  res.json({ beneficiary: entitlement })
}
