import type { MedusaResponse } from "@medusajs/framework/http"
import { findOr404, sendPrivateFile } from "../../../../private-file"
import type { VendorRequest } from "../../../tenant"

/** GET /vendor/certificates/:id/file — the scan of one of this manufacturer's certificates. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const certificate = await findOr404<{ file_id: string }>(req, "manufacturer_certificate", ["file_id"],
    { id: req.params.id, manufacturer_id: req.manufacturerId }, `Certificate ${req.params.id}`)
  await sendPrivateFile(req, res, certificate)
}
