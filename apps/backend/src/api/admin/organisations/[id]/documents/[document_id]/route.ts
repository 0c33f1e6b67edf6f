import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findOr404, sendPrivateFile } from "../../../../../private-file"

/** GET /admin/organisations/:id/documents/:document_id — a registration document, for the review. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const document = await findOr404<{ file_id: string; filename: string }>(
    req,
    "organisation_document",
    ["file_id", "filename"],
    { id: req.params.document_id, organisation_id: req.params.id },
    `Document ${req.params.document_id}`
  )
  await sendPrivateFile(req, res, document)
}
