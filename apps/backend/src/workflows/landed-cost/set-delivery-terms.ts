import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, addToCartWorkflow, deleteLineItemsWorkflow, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { DELIVERY_TERMS_CART_FIELDS, planDeliveryTerms, type DeliveryTerms, type DeliveryTermsCart } from "./delivery-terms"
import { recordDeliveryTermsStep, refuseUnavailableTermsStep } from "./steps/delivery-terms"

export type SetDeliveryTermsInput = {
  cart_id: string
  /** The buyer's choice; without it the recorded terms are priced again for the cart as it is now. */
  terms?: DeliveryTerms
}

/**
 * Delivery terms for a cart: DAP (duties and import VAT paid to the carrier on delivery) or DDP (collected
 * at checkout). The trade kit prices the cart's own lines here on the server; what is collected at checkout
 * becomes one "duties and taxes" line, replaced whenever the figure changes and removed when nothing is due.
 * The cart's own lock (the one Medusa's cart workflows take) is held from reading the cart to writing it, so a
 * buyer's choice and a repricing after a cart change run one after the other and never both add a line.
 */
export const setDeliveryTermsWorkflow = createWorkflow("set-delivery-terms", (input: SetDeliveryTermsInput) => {
  acquireLockStep({ key: input.cart_id, timeout: 5, ttl: 20 })
  const { data: carts } = useQueryGraphStep({
    entity: "cart",
    fields: DELIVERY_TERMS_CART_FIELDS,
    filters: { id: input.cart_id },
    options: { throwIfKeyNotFound: true },
  })
  const plan = transform({ carts, input }, ({ carts, input }) =>
    planDeliveryTerms(carts[0] as unknown as DeliveryTermsCart, input.terms, new Date().toISOString().slice(0, 10))
  )
  // Only an explicit choice is refused; a refresh after a cart change falls back to DAP.
  refuseUnavailableTermsStep(transform({ plan, input }, ({ plan, input }) => ({ refusal: input.terms ? plan.refusal : undefined })))

  when("stale-duties-line", { plan }, ({ plan }) => plan.removeLineIds.length > 0).then(() => {
    deleteLineItemsWorkflow.runAsStep({ input: transform({ plan, input }, ({ plan, input }) => ({ cart_id: input.cart_id, ids: plan.removeLineIds })) })
  })
  when("duties-due-at-checkout", { plan }, ({ plan }) => !!plan.add).then(() => {
    addToCartWorkflow.runAsStep({ input: transform({ plan, input }, ({ plan, input }) => ({ cart_id: input.cart_id, items: [plan.add!] })) })
  })
  recordDeliveryTermsStep(transform({ plan, input }, ({ plan, input }) => ({ cart_id: input.cart_id, record: plan.record })))
  releaseLockStep({ key: input.cart_id })

  return new WorkflowResponse(transform({ plan }, ({ plan }) => ({ record: plan.record, duties_amount: plan.dutiesAmount })))
})
