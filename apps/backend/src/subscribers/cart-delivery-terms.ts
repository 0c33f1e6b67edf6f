import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isDutiesLine } from "../workflows/landed-cost/duties-line"
import { DELIVERY_TERMS_CART_FIELDS, planDeliveryTerms, planIsApplied, type DeliveryTermsCart } from "../workflows/landed-cost/delivery-terms"
import { setDeliveryTermsWorkflow } from "../workflows/landed-cost/set-delivery-terms"

/**
 * A cart whose buyer has chosen delivery terms is priced again whenever it changes (items, quantities,
 * shipping, country), so the duties line follows the goods. Most changes leave the figure as it is: the cart is
 * priced here first, without its lock, and the workflow (which takes the cart's lock, reads it again and writes)
 * runs only when the line or the recorded terms must change. So the event that work raises ends here, and a
 * repricing holds the cart's lock only to change something, never against the buyer's next step (completion
 * waits for that lock). Completion checks the figure again in any case.
 */
export default async function cartDeliveryTermsHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at", "metadata", "items.metadata"],
    filters: { id: event.data.id },
  })
  const glance = data[0]
  if (!glance || glance.completed_at || !(glance.metadata?.delivery_terms || (glance.items ?? []).some(isDutiesLine))) return
  const { data: carts } = await query.graph({ entity: "cart", fields: DELIVERY_TERMS_CART_FIELDS, filters: { id: glance.id } })
  const cart = carts[0] as unknown as DeliveryTermsCart | undefined
  if (!cart || planIsApplied(cart, planDeliveryTerms(cart, undefined, new Date().toISOString().slice(0, 10)))) return
  await setDeliveryTermsWorkflow(container).run({ input: { cart_id: cart.id } })
}

export const config: SubscriberConfig = { event: "cart.updated" }
