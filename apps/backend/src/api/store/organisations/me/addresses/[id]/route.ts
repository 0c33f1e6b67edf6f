import type { MedusaResponse } from "@medusajs/framework/http"
import { deleteOrganisationAddressWorkflow, updateOrganisationAddressWorkflow } from "../../../../../../workflows/organisation/addresses"
import type { OrganisationRequest } from "../../../tenant"
import type { StoreUpdateOrganisationAddressType } from "../../../validators"

/** POST /store/organisations/me/addresses/:id — an admin corrects an address. */
export async function POST(req: OrganisationRequest<StoreUpdateOrganisationAddressType>, res: MedusaResponse) {
  const { result } = await updateOrganisationAddressWorkflow(req.scope).run({
    input: { ...req.validatedBody, organisation_id: req.organisationMember.organisation_id, address_id: req.params.id },
  })
  res.json({ address: result })
}

/** DELETE /store/organisations/me/addresses/:id — an admin removes an address. */
export async function DELETE(req: OrganisationRequest, res: MedusaResponse) {
  await deleteOrganisationAddressWorkflow(req.scope).run({ input: { organisation_id: req.organisationMember.organisation_id, address_id: req.params.id } })
  res.json({ id: req.params.id, object: "organisation_address", deleted: true })
}
