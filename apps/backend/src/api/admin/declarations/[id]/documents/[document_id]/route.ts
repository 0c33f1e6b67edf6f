import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findOr404, sendPrivateFile } from "../../../../../private-file"

/** GET /admin/declarations/:id/documents/:document_id — an export document of a declaration. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const document = await findOr404<{ file_id: string; filename: string }>(req, "customs_document", ["file_id", "filename"],
    { id: req.params.document_id, declaration_id: req.params.id }, `Document ${req.params.document_id}`)
  await sendPrivateFile(req, res, document)
}
