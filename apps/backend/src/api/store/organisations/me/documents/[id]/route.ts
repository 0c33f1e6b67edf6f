import type { MedusaResponse } from "@medusajs/framework/http"
import { findOr404, sendPrivateFile } from "../../../../../private-file"
import type { OrganisationRequest } from "../../../tenant"

/** GET /store/organisations/me/documents/:id — one of the organisation's documents, to its members only. */
export async function GET(req: OrganisationRequest, res: MedusaResponse) {
  const document = await findOr404<{ file_id: string; filename: string }>(
    req,
    "organisation_document",
    ["file_id", "filename"],
    { id: req.params.id, organisation_id: req.organisationMember.organisation_id },
    `Document ${req.params.id}`
  )
  await sendPrivateFile(req, res, document)
}
