import type { MedusaResponse } from "@medusajs/framework/http"
import { findOr404, sendPrivateFile } from "../../../../private-file"
import type { VendorRequest } from "../../../tenant"

/** GET /vendor/spot-checks/:id/report — the laboratory's report of a spot check of this manufacturer's product. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const check = await findOr404<{ report_file_id: string }>(req, "spot_check", ["report_file_id"],
    { id: req.params.id, manufacturer_id: req.manufacturerId }, `Spot check ${req.params.id}`)
  await sendPrivateFile(req, res, { file_id: check.report_file_id })
}
