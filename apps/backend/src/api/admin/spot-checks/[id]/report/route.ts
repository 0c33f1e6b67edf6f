import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findOr404, sendPrivateFile } from "../../../../private-file"

/** GET /admin/spot-checks/:id/report — the laboratory's report of a spot check. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const check = await findOr404<{ report_file_id: string }>(req, "spot_check", ["report_file_id"], { id: req.params.id }, `Spot check ${req.params.id}`)
  await sendPrivateFile(req, res, { file_id: check.report_file_id })
}
