import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findOr404, sendPrivateFile } from "../../../../private-file"

/** GET /admin/certificates/:id/file — a certificate's scan, for the platform's review. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const certificate = await findOr404<{ file_id: string }>(req, "manufacturer_certificate", ["file_id"], { id: req.params.id }, `Certificate ${req.params.id}`)
  await sendPrivateFile(req, res, certificate)
}
