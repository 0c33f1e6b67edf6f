import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { SUPERVISION_MODULE } from "../../../../../modules/supervision"
import type SupervisionModuleService from "../../../../../modules/supervision/service"

const FORMATS = { pdf: "application/pdf", csv: "text/csv; charset=utf-8" } as const

/** GET /admin/industry-reports/:id/pdf or …/csv — downloads a stored report (the files are private). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const format = req.params.format as keyof typeof FORMATS
  if (!(format in FORMATS)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Report format ${req.params.format} does not exist: use pdf or csv`)
  const [report] = await req.scope.resolve<SupervisionModuleService>(SUPERVISION_MODULE).listIndustryReports({ id: req.params.id }, { take: 1 })
  if (!report) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Industry report ${req.params.id} was not found`)
  const bytes = await req.scope.resolve(Modules.FILE).getAsBuffer(format === "pdf" ? report.pdf_file_id : report.csv_file_id)
  const name = `industry-statistics_${report.period_from.toISOString().slice(0, 10)}_${report.period_to.toISOString().slice(0, 10)}.${format}`
  res.setHeader("Content-Type", FORMATS[format])
  res.setHeader("Content-Disposition", `attachment; filename="${name}"`)
  res.send(bytes)
}
