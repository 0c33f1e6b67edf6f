import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { programmeReport } from "../../../../../workflows/funding/report"

/** GET /admin/funding-programmes/:id/report — orders, people served and funded amounts, by class and country. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ report: await programmeReport(req.scope, req.params.id) })
}
