import { createWorkflow, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInventoryLevelsWorkflow, updateInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"

type Level = { inventory_item_id: string; location_id: string; stocked_quantity: number }

/** Sets stocked quantities at the park in one transaction: new levels are created, existing ones updated. */
export const setParkStockWorkflow = createWorkflow(
  "set-park-stock",
  (input: { create: Level[]; update: Level[] }) => {
    when("has-new-levels", { input }, ({ input }) => input.create.length > 0).then(() => {
      createInventoryLevelsWorkflow.runAsStep({ input: { inventory_levels: input.create } })
    })
    when("has-changed-levels", { input }, ({ input }) => input.update.length > 0).then(() => {
      updateInventoryLevelsWorkflow.runAsStep({ input: { updates: input.update } })
    })
    return new WorkflowResponse(input)
  }
)
