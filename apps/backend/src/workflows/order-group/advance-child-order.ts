import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ORDER_GROUP_MODULE } from "../../modules/order-group"
import type { ChildOrderStatus } from "../../modules/order-group/models/child-order"
import type OrderGroupModuleService from "../../modules/order-group/service"
import { childOrderTransitionProblem } from "../../modules/order-group/status"

type AdvanceInput = { orderId: string; manufacturerId: string; to: Exclude<ChildOrderStatus, "placed">; actorId: string }

type ChildOrderRecord = Awaited<ReturnType<OrderGroupModuleService["retrieveChildOrder"]>>

const STAMP = { confirmed: ["confirmed_at", "confirmed_by"], ready_for_handoff: ["ready_for_handoff_at", "ready_for_handoff_by"] } as const

/** Puts a child order's progress back as it was (the compensation of a step that moved it). */
async function restoreChildOrder(previous: ChildOrderRecord | null, { container }: { container: { resolve: <T>(key: string) => T } }) {
  if (!previous) return
  const { id, status, confirmed_at, confirmed_by, ready_for_handoff_at, ready_for_handoff_by } = previous
  await container
    .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    .updateChildOrders({ id, status, confirmed_at, confirmed_by, ready_for_handoff_at, ready_for_handoff_by })
}

const advanceStep = createStep(
  "advance-child-order",
  async (input: AdvanceInput, { container }) => {
    const service = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    const [child] = await service.listChildOrders({ order_id: input.orderId, manufacturer_id: input.manufacturerId })
    if (!child) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.orderId} was not found`)
    const problem = childOrderTransitionProblem(child.status, input.to)
    if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cannot mark order ${input.orderId} ${input.to.replace(/_/g, " ")}: ${problem}.`)
    // Repeating a step the order has already taken changes nothing (a double click, a retried request).
    if (child.status === input.to) return new StepResponse({ child, changed: false }, null as ChildOrderRecord | null)
    const [at, by] = STAMP[input.to]
    const updated = await service.updateChildOrders({ id: child.id, status: input.to, [at]: new Date(), [by]: input.actorId })
    return new StepResponse({ child: updated, changed: true }, child as ChildOrderRecord | null)
  },
  restoreChildOrder
)

/**
 * The park has scanned the goods in: the manufacturer has handed them off, whatever it marked. A child
 * order not yet confirmed or ready is stamped so by the receiving operator at the receipt's time, so its
 * record says the park, not the manufacturer, saw it (see ARCHITECTURE.md, "Receiving at the park").
 */
export const handedOffAtParkStep = createStep(
  "child-order-handed-off-at-park",
  async (input: { order_id: string; operator_id: string }, { container }) => {
    const service = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    const [child] = await service.listChildOrders({ order_id: input.order_id })
    if (!child || child.status === "ready_for_handoff") return new StepResponse(null, null as ChildOrderRecord | null)
    const at = new Date()
    await service.updateChildOrders({
      id: child.id,
      status: "ready_for_handoff",
      ready_for_handoff_at: at,
      ready_for_handoff_by: input.operator_id,
      ...(!child.confirmed_at && { confirmed_at: at, confirmed_by: input.operator_id }),
    })
    return new StepResponse(null, child as ChildOrderRecord | null)
  },
  restoreChildOrder
)

/** A manufacturer confirms a child order, then marks it ready for hand-off to the park (an event the export pipeline listens to). */
export const advanceChildOrderWorkflow = createWorkflow("advance-child-order", (input: AdvanceInput) => {
  const { child, changed } = advanceStep(input)
  emitEventStep({
    eventName: transform({ input }, ({ input }) => `child_order.${input.to}`),
    data: transform({ child, changed }, ({ child, changed }) => (changed ? { id: child.order_id, manufacturer_id: child.manufacturer_id } : [])),
  })
  return new WorkflowResponse(child)
})
