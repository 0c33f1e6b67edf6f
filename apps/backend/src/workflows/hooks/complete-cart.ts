import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { recordFundedOrder, releaseFunding, reserveFunding } from "../funding/cart-funding"
import { funding } from "../funding/programmes"
import { assertDeliveryTermsCurrent } from "./complete-cart-delivery-terms"
import { holdOrganisationSpending, linkOrganisationOrder, releaseSpendingLock, unlinkOrganisationOrder, type OrganisationOrderUndo } from "./complete-cart-organisation"

// Medusa allows one handler per hook: every check before a cart becomes an order is made here, in turn.
// The funding programme's budget is reserved last, so a refusal by the checks before it reserves nothing; the
// compensation (the workflow failing later) gives both the member's lock and the reservation back.
completeCartWorkflow.hooks.validate(
  async ({ input }, { container }) => {
    await assertDeliveryTermsCurrent(container, input.id)
    const lock = await holdOrganisationSpending(container, input.id)
    try {
      const funded = await reserveFunding(container, input.id)
      return new StepResponse(undefined, { lock, funded })
    } catch (e) {
      await releaseSpendingLock(container, lock)
      throw e
    }
  },
  async (held, { container }) => {
    if (!held) return
    await releaseSpendingLock(container, held.lock)
    await releaseFunding(container, held.funded)
  }
)

type OrderCreated = { order_id: string; cart_id: string }
type OrderCreatedUndo = { organisation?: OrganisationOrderUndo; entitlement_id?: string }

// Medusa declares the `orderCreated` hook inside the workflow (it runs once the order exists, payment authorised)
// but leaves it out of the workflow's type.
const hooks = completeCartWorkflow.hooks as typeof completeCartWorkflow.hooks & {
  orderCreated: (
    invoke: (input: OrderCreated, ctx: { container: MedusaContainer }) => Promise<StepResponse<unknown, OrderCreatedUndo>>,
    compensate: (undo: OrderCreatedUndo | undefined, ctx: { container: MedusaContainer }) => Promise<void>
  ) => void
}

hooks.orderCreated(
  async (input, { container }) => {
    const organisation = await linkOrganisationOrder(container, input)
    const entitlement_id = await recordFundedOrder(container, input.cart_id, input.order_id)
    return new StepResponse(undefined, { organisation, entitlement_id })
  },
  async (undo, { container }) => {
    if (!undo) return
    await unlinkOrganisationOrder(container, undo.organisation)
    if (undo.entitlement_id) await funding(container).updateFundingEntitlements({ id: undo.entitlement_id, order_id: null })
  }
)
