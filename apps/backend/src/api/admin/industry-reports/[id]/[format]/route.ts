import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SUPERVISION_MODULE } from "../../../../../modules/supervision"
import type SupervisionModuleService from "../../../../../modules/supervision/service"
import { sendPrivateFile } from "../../../../private-file"

const FORMATS = ["pdf", "csv"] as const

/** GET /admin/industry-reports/:id/pdf or …/csv — downloads a stored report (the files are private). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const format = req.params.format as (typeof FORMATS)[number]
  if (!FORMATS.includes(format)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Report format ${req.params.format} does not exist: use pdf or csv`)
  const [report] = await req.scope.resolve<SupervisionModuleService>(SUPERVISION_MODULE).listIndustryReports({ id: req.params.id }, { take: 1 })
  if (!report) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Industry report ${req.params.id} was not found`)
  await sendPrivateFile(req, res, {
    file_id: format === "pdf" ? report.pdf_file_id : report.csv_file_id,
    filename: `industry-statistics_${report.period_from.toISOString().slice(0, 10)}_${report.period_to.toISOString().slice(0, 10)}.${format}`,
  })
}
