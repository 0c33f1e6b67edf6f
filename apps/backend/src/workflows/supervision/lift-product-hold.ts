import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertStaffMayLiftStep, liftProductHoldsStep } from "./steps/product-holds"

/** Platform staff lift a hold with a reason (a failed spot check or an expired certificate; see PRODUCT_HOLD_RULES). */
export const liftProductHoldWorkflow = createWorkflow("lift-product-hold", (input: { id: string; liftedBy: string; reason: string }) => {
  assertStaffMayLiftStep(transform({ input }, ({ input }) => ({ id: input.id })))
  const lifted = liftProductHoldsStep(
    transform({ input }, ({ input }) => ({ selector: { id: [input.id] }, lifted_by: input.liftedBy, lift_reason: input.reason }))
  )
  return new WorkflowResponse(lifted)
})
