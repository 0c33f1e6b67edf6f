import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadIndustryStatistics } from "../../../workflows/supervision/industry-statistics"
import type { StatisticsPeriodType } from "./validators"

/** GET /admin/statistics?from=&to= — the industry statistics over any period (the end is exclusive). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { from, to } = req.validatedQuery as StatisticsPeriodType
  res.json({ statistics: await loadIndustryStatistics(req.scope, new Date(from), new Date(to)) })
}
