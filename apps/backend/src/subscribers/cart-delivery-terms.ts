import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isDutiesLine } from "../workflows/landed-cost/duties-line"
import { setDeliveryTermsWorkflow } from "../workflows/landed-cost/set-delivery-terms"

/**
 * A cart whose buyer has chosen delivery terms is priced again whenever it changes (items, quantities,
 * shipping, country), so the duties line follows the goods. Nothing changes when the figure is the same,
 * so the event this work itself raises ends here. Completion checks the figure again in any case.
 */
export default async function cartDeliveryTermsHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "completed_at", "metadata", "items.metadata"],
    filters: { id: event.data.id },
  })
  const cart = data[0]
  if (!cart || cart.completed_at || !(cart.metadata?.delivery_terms || (cart.items ?? []).some(isDutiesLine))) return
  await setDeliveryTermsWorkflow(container).run({ input: { cart_id: cart.id } })
}

export const config: SubscriberConfig = { event: "cart.updated" }
