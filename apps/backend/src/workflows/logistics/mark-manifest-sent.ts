import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { changeConsignmentStep } from "./steps/consignment-records"

/** Remembers when the park's system took the consignment's manifest. */
export const markManifestSentWorkflow = createWorkflow("mark-manifest-sent", (input: { id: string; sent_at: string }) => {
  const consignment = changeConsignmentStep(transform({ input }, ({ input }) => ({ id: input.id, manifest_sent_at: new Date(input.sent_at) })))
  return new WorkflowResponse(consignment)
})
