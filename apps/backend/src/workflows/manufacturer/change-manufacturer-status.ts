import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { changeManufacturerStatusStep, type ChangeStatusInput } from "./steps/change-status"
import { offerOnStoreStep, restoreListingsStep, withdrawListingsStep } from "./steps/listings"

export const MANUFACTURER_STATUS_CHANGED = "manufacturer.status_changed"

/**
 * Approve, reject, suspend or re-approve a manufacturer. Suspension takes its products off sale at
 * once; re-approval puts them back; first approval puts its products on the store. Every step undoes itself if a later one fails.
 */
export const changeManufacturerStatusWorkflow = createWorkflow(
  "change-manufacturer-status",
  (input: ChangeStatusInput) => {
    const changed = changeManufacturerStatusStep(input)
    const ids = transform({ input, changed }, ({ input, changed }) => ({
      manufacturerId: input.manufacturerId,
      changeId: changed.changeId,
    }))
    when("is-suspension", { input }, ({ input }) => input.status === "suspended").then(() => {
      withdrawListingsStep(ids)
    })
    when("is-reapproval", { input, changed }, ({ input, changed }) => input.status === "approved" && changed.previous === "suspended").then(
      () => {
        restoreListingsStep(ids)
      }
    )
    when("is-first-approval", { input, changed }, ({ input, changed }) => input.status === "approved" && changed.previous === "pending").then(
      () => {
        offerOnStoreStep(ids)
      }
    )
    const event = transform({ input, changed }, ({ input, changed }) => ({
      eventName: MANUFACTURER_STATUS_CHANGED,
      data: { id: input.manufacturerId, from: changed.previous, to: input.status },
    }))
    emitEventStep(event)
    return new WorkflowResponse(changed)
  }
)
