import { industryReportCsv, industryReportPdf, type IndustryStatistics } from "@aem/trade-kit"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { SUPERVISION_MODULE } from "../../modules/supervision"
import type SupervisionModuleService from "../../modules/supervision/service"
import { loadIndustryStatistics } from "./industry-statistics"

type ReportInput = { from: string; to: string; kind: "scheduled" | "on_demand"; generatedBy: string }

const service = (c: { resolve: (k: string) => unknown }) => c.resolve(SUPERVISION_MODULE) as SupervisionModuleService

/** The figures and both renderings; a scheduled period already reported is refused before any file is written. */
const prepareIndustryReportStep = createStep("prepare-industry-report", async (input: ReportInput, { container }) => {
  const from = new Date(input.from)
  const to = new Date(input.to)
  if (input.kind === "scheduled") {
    const [done] = await service(container).listIndustryReports({ kind: "scheduled", period_from: from, period_to: to }, { take: 1 })
    if (done) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `The scheduled report for ${input.from} to ${input.to} exists (${done.id})`)
  }
  const figures = await loadIndustryStatistics(container, from, to)
  const stamp = `${input.from.slice(0, 10)}_${input.to.slice(0, 10)}`
  const pdf = await industryReportPdf(figures)
  return new StepResponse({
    figures,
    files: [
      { filename: `industry-statistics_${stamp}.pdf`, mimeType: "application/pdf", content: pdf.toString("base64"), access: "private" as const },
      { filename: `industry-statistics_${stamp}.csv`, mimeType: "text/csv", content: Buffer.from(industryReportCsv(figures)).toString("base64"), access: "private" as const },
    ],
  })
})

type ReportRow = { input: ReportInput; figures: IndustryStatistics; files: { id: string; url: string }[] }

const createIndustryReportStep = createStep(
  "create-industry-report",
  async ({ input, figures, files }: ReportRow, { container }) => {
    const report = await service(container).createIndustryReports({
      kind: input.kind,
      period_from: new Date(input.from),
      period_to: new Date(input.to),
      figures: figures as unknown as Record<string, unknown>,
      pdf_file_id: files[0].id,
      pdf_url: files[0].url,
      csv_file_id: files[1].id,
      csv_url: files[1].url,
      generated_by: input.generatedBy,
    })
    return new StepResponse(report, report.id)
  },
  async (id, { container }) => {
    if (id) await service(container).deleteIndustryReports(id)
  }
)

/** Generates the industry statistics report for a period as PDF and CSV, stored with the file module. */
export const generateIndustryReportWorkflow = createWorkflow("generate-industry-report", (input: ReportInput) => {
  const prepared = prepareIndustryReportStep(input)
  const files = uploadFilesWorkflow.runAsStep({ input: transform({ prepared }, ({ prepared }) => ({ files: prepared.files })) })
  const report = createIndustryReportStep(transform({ input, prepared, files }, ({ input, prepared, files }) => ({ input, figures: prepared.figures, files })))
  return new WorkflowResponse(report)
})
