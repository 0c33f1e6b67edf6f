import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { liftProductHoldsStep, placeProductHoldsStep } from "../supervision/steps/product-holds"
import { changeManufacturerStatusStep, type ChangeStatusInput } from "./steps/change-status"
import { offerOnStoreStep } from "./steps/listings"

export const MANUFACTURER_STATUS_CHANGED = "manufacturer.status_changed"

/**
 * Approve, reject, suspend or re-approve a manufacturer. Suspension takes its products off sale at
 * once and holds each of them (the manufacturer cannot publish them); re-approval lifts those holds and puts
 * back each product no other hold (a recall, say) keeps off sale; first approval puts its products on the store. Every step undoes itself if a later one fails.
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
      const { data: manufacturers } = useQueryGraphStep({ entity: "manufacturer", fields: ["products.id"], filters: { id: input.manufacturerId } })
      placeProductHoldsStep(
        transform({ input, changed, manufacturers }, ({ input, changed, manufacturers }) =>
          (manufacturers[0]?.products ?? []).map((p) => ({
            product_id: p!.id,
            manufacturer_id: input.manufacturerId,
            kind: "manufacturer_suspended" as const,
            source_id: changed.changeId,
            reason: `manufacturer suspended: ${input.reason}`,
            placed_by: input.actor.id,
            withdraws: true,
          }))
        )
      )
    })
    when("is-reapproval", { input, changed }, ({ input, changed }) => input.status === "approved" && changed.previous === "suspended").then(
      () => {
        liftProductHoldsStep(
          transform({ input }, ({ input }) => ({
            selector: { manufacturer_id: input.manufacturerId, kind: "manufacturer_suspended" as const },
            lifted_by: input.actor.id,
            lift_reason: input.reason?.trim() || "manufacturer approved again",
          }))
        )
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
