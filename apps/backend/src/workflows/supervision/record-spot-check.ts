import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateProductsWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { SUPERVISION_MODULE } from "../../modules/supervision"
import type SupervisionModuleService from "../../modules/supervision/service"
import { liftProductHoldsStep, placeProductHoldsStep } from "./steps/product-holds"

export const SPOT_CHECK_FAILED = "spot-check.failed"

type SpotCheckInput = {
  manufacturer_id: string
  product_id: string
  lab: string
  sampled_at: string
  result: "passed" | "failed"
  findings?: string | null
  recorded_by: string
  report: { filename: string; mimeType: string; content: string }
}

type SpotCheckRow = Omit<SpotCheckInput, "report" | "sampled_at"> & { sampled_at: Date; report_file_id: string; report_url: string }

const createSpotCheckStep = createStep(
  "create-spot-check",
  async (row: SpotCheckRow, { container }) => {
    const check = await container.resolve<SupervisionModuleService>(SUPERVISION_MODULE).createSpotChecks(row)
    return new StepResponse(check, check.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<SupervisionModuleService>(SUPERVISION_MODULE).deleteSpotChecks(id)
  }
)

/**
 * Records a spot check with the lab's report (file module). A failed check takes the product off
 * sale (back to draft, as an expired certificate does) and puts it on hold, so the manufacturer cannot
 * publish it again, and the manufacturer is told. A passed check is the re-check that lifts such holds.
 */
export const recordSpotCheckWorkflow = createWorkflow("record-spot-check", (input: SpotCheckInput) => {
  const files = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ files: [{ ...input.report, access: "private" as const }] })),
  })
  const check = createSpotCheckStep(
    transform({ input, files }, ({ input, files }) => ({
      manufacturer_id: input.manufacturer_id,
      product_id: input.product_id,
      lab: input.lab,
      sampled_at: new Date(input.sampled_at),
      result: input.result,
      findings: input.findings ?? null,
      recorded_by: input.recorded_by,
      report_file_id: files[0].id,
      report_url: files[0].url,
    }))
  )
  when("spot-check-failed", { input }, ({ input }) => input.result === "failed").then(() => {
    placeProductHoldsStep(
      transform({ input, check }, ({ input, check }) => [
        {
          product_id: input.product_id,
          manufacturer_id: input.manufacturer_id,
          kind: "spot_check_failed" as const,
          source_id: check.id,
          reason: `spot check by ${input.lab} (sampled ${input.sampled_at})${input.findings ? `: ${input.findings}` : ""}`,
          placed_by: input.recorded_by,
        },
      ])
    )
    updateProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ selector: { id: input.product_id }, update: { status: "draft" as const } })),
    })
    emitEventStep(transform({ check }, ({ check }) => ({ eventName: SPOT_CHECK_FAILED, data: { id: check.id } })))
  })
  when("spot-check-passed", { input }, ({ input }) => input.result === "passed").then(() => {
    liftProductHoldsStep(
      transform({ input, check }, ({ input, check }) => ({
        selector: { product_id: [input.product_id], kind: "spot_check_failed" as const },
        lifted_by: input.recorded_by,
        lift_reason: `passed re-check ${check.id} by ${input.lab} (sampled ${input.sampled_at})`,
      }))
    )
  })
  return new WorkflowResponse(check)
})
