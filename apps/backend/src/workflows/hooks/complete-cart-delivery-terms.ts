import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { DELIVERY_TERMS_CART_FIELDS, planDeliveryTerms, type DeliveryTermsCart } from "../landed-cost/delivery-terms"

/**
 * The buyer pays exactly the duties the trade kit computes for the cart as it is: a duties line left stale
 * by a change the refresh has not caught up with yet, or one missing where VAT is collected at sale (IOSS),
 * stops the order with a message instead of charging a wrong figure.
 */
export async function assertDeliveryTermsCurrent(container: Pick<MedusaContainer, "resolve">, cartId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: DELIVERY_TERMS_CART_FIELDS,
    filters: { id: cartId },
  })
  if (!data[0]) return
  const plan = planDeliveryTerms(data[0] as unknown as DeliveryTermsCart, undefined, new Date().toISOString().slice(0, 10))
  if (plan.removeLineIds.length || plan.add) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "The import duties and taxes for this cart have changed: review the delivery terms (POST /store/carts/:id/delivery-terms) and pay again."
    )
  }
}
