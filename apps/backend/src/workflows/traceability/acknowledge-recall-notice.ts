import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { TRACEABILITY_MODULE } from "../../modules/traceability"
import type TraceabilityModuleService from "../../modules/traceability/service"

const acknowledgeStep = createStep(
  "acknowledge-recall-notice",
  async ({ noticeId }: { noticeId: string }, { container }) => {
    const service = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const notice = await service.retrieveRecallNotice(noticeId)
    // The first acknowledgement counts; a repeat keeps its time.
    if (notice.acknowledged_at) return new StepResponse(notice, null as string | null)
    const updated = await service.updateRecallNotices({ id: noticeId, acknowledged_at: new Date() })
    return new StepResponse(notice.acknowledged_at ? notice : updated, noticeId as string | null)
  },
  async (id, { container }) => {
    if (id) await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).updateRecallNotices({ id, acknowledged_at: null })
  }
)

/** A buyer acknowledges a recall notice. */
export const acknowledgeRecallNoticeWorkflow = createWorkflow("acknowledge-recall-notice", (input: { noticeId: string }) => {
  return new WorkflowResponse(acknowledgeStep(input))
})
