import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { generateIndustryReportWorkflow } from "../../../workflows/supervision/generate-industry-report"
import type { StatisticsPeriodType } from "../statistics/validators"

const REPORT_FIELDS = ["id", "kind", "period_from", "period_to", "pdf_url", "csv_url", "generated_by", "created_at", "figures"]

/** GET /admin/industry-reports — the reports generated (scheduled every second month on the 25th, or on demand), newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "industry_report",
    fields: REPORT_FIELDS,
    pagination: { order: { created_at: "DESC" } },
  })
  res.json({ industry_reports: data })
}

/** POST /admin/industry-reports — generate the report for a period now (PDF and CSV). */
export async function POST(req: AuthenticatedMedusaRequest<StatisticsPeriodType>, res: MedusaResponse) {
  const { from, to } = req.validatedBody
  const { result } = await generateIndustryReportWorkflow(req.scope).run({
    input: { from: new Date(from).toISOString(), to: new Date(to).toISOString(), kind: "on_demand", generatedBy: req.auth_context.actor_id },
  })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "industry_report", fields: REPORT_FIELDS, filters: { id: result.id } })
  res.status(201).json({ industry_report: data[0] })
}
