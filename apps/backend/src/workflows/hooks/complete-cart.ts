import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertDeliveryTermsCurrent } from "./complete-cart-delivery-terms"
import { holdOrganisationSpending, releaseSpendingLock } from "./complete-cart-organisation"

// Medusa allows one handler per hook: every check before a cart becomes an order is made here, in turn.
completeCartWorkflow.hooks.validate(
  async ({ input }, { container }) => {
    await assertDeliveryTermsCurrent(container, input.id)
    const lock = await holdOrganisationSpending(container, input.id)
    return new StepResponse(lock, lock)
  },
  async (lock, { container }) => {
    await releaseSpendingLock(container, lock)
  }
)
