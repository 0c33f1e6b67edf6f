import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sameJson, type DeliveryTermsPlan, type DeliveryTermsRecord } from "../delivery-terms"

/** Asking for DDP where it cannot be given is the buyer's to correct: a 400 saying why and what to choose. */
export const refuseUnavailableTermsStep = createStep("refuse-unavailable-delivery-terms", async (plan: Pick<DeliveryTermsPlan, "refusal">) => {
  if (plan.refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, plan.refusal)
  return new StepResponse(undefined)
})

/** Records the terms and their breakdown on the cart (they become the order's on completion). */
export const recordDeliveryTermsStep = createStep(
  "record-delivery-terms",
  async ({ cart_id, record }: { cart_id: string; record: DeliveryTermsRecord | null }, { container }) => {
    const carts = container.resolve(Modules.CART)
    const cart = await carts.retrieveCart(cart_id, { select: ["id", "metadata"] })
    const before = cart.metadata ?? {}
    if (sameJson(before.delivery_terms ?? null, record)) return new StepResponse(undefined, null)
    await carts.updateCarts(cart_id, { metadata: { ...before, delivery_terms: record } })
    return new StepResponse(undefined, { cart_id, before })
  },
  async (previous, { container }) => {
    if (previous) await container.resolve(Modules.CART).updateCarts(previous.cart_id, { metadata: previous.before })
  }
)
