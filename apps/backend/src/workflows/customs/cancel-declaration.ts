import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { changeDeclarationsStep } from "./steps/customs-records"

/**
 * Platform staff cancel a declaration that has not reached customs (draft, generated) or that customs
 * rejected, with the reason; the status machine refuses the rest (a submitted one needs a CEB605).
 */
export const cancelDeclarationWorkflow = createWorkflow("cancel-declaration", (input: { id: string; reason: string; by: string }) => {
  const changed = changeDeclarationsStep(
    transform({ input }, ({ input }) => [{ id: input.id, to: "cancelled" as const, by: input.by, cancellation_reason: input.reason }])
  )
  return new WorkflowResponse(transform({ changed }, ({ changed }) => changed[0]))
})
