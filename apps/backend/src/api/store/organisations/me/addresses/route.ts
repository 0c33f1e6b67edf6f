import type { MedusaResponse } from "@medusajs/framework/http"
import { createOrganisationAddressWorkflow } from "../../../../../workflows/organisation/addresses"
import type { OrganisationRequest } from "../../tenant"
import type { StoreCreateOrganisationAddressType } from "../../validators"

/** POST /store/organisations/me/addresses — an admin adds a delivery address (a ward, a warehouse). */
export async function POST(req: OrganisationRequest<StoreCreateOrganisationAddressType>, res: MedusaResponse) {
  const { result } = await createOrganisationAddressWorkflow(req.scope).run({ input: { ...req.validatedBody, organisation_id: req.organisationMember.organisation_id } })
  res.status(201).json({ address: result })
}
