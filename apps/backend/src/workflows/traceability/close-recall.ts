import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { TRACEABILITY_MODULE } from "../../modules/traceability"
import type TraceabilityModuleService from "../../modules/traceability/service"
import { liftProductHoldsStep } from "../supervision/steps/product-holds"

export const RECALL_CLOSED = "recall.closed"

const closeRecallStep = createStep(
  "close-recall",
  async ({ recallId, closedBy }: { recallId: string; closedBy: string }, { container }) => {
    const service = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const recall = await service.retrieveRecall(recallId)
    if (recall.status === "closed") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Recall ${recallId} is already closed`)
    const closed = await service.updateRecalls({ id: recallId, status: "closed", closed_at: new Date(), closed_by: closedBy })
    return new StepResponse(closed, recallId)
  },
  async (id, { container }) => {
    if (id) await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).updateRecalls({ id, status: "open", closed_at: null, closed_by: null })
  }
)

/** Closes a recall (platform staff): its hold is lifted, and the product goes back on sale where it was unless another hold (a recall, a suspension, …) remains. */
export const closeRecallWorkflow = createWorkflow("close-recall", (input: { recallId: string; closedBy: string }) => {
  const recall = closeRecallStep(input)
  liftProductHoldsStep(
    transform({ input }, ({ input }) => ({
      selector: { kind: "recall_open" as const, source_id: input.recallId },
      lifted_by: input.closedBy,
      lift_reason: `recall ${input.recallId} closed`,
    }))
  )
  emitEventStep(transform({ input }, ({ input }) => ({ eventName: RECALL_CLOSED, data: { id: input.recallId } })))
  return new WorkflowResponse(recall)
})
