import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * Child orders split before the split stopped copying the buyer's contact data (plan-split.ts) still hold the
 * buyer's email, billing address and phone, which manufacturers and the park have no business with. This clears
 * them: the email, the billing address (the row itself), and on the ship-to address the phone, metadata and
 * customer id, keeping the name, company, street, city, postcode and country the label and declaration need.
 * Child orders are those the order group names (`child_order.order_id`); the buyer's own order is not touched.
 * Run once by `medusa db:migrate` (Medusa records it); running it again changes nothing.
 */
export default async function scrubChildOrderContacts({ container }: ExecArgs) {
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const scrubbed = await db.transaction(async (trx) => {
    const children = trx("child_order").select("order_id")
    const shipTo = await trx("order_address")
      .whereIn("id", trx("order").select("shipping_address_id").whereIn("id", children).whereNotNull("shipping_address_id"))
      .andWhere((q) => q.whereNotNull("phone").orWhereNotNull("metadata").orWhereNotNull("customer_id"))
      .update({ phone: null, metadata: null, customer_id: null, updated_at: trx.fn.now() })
    const billing = (await trx("order").select("billing_address_id").whereIn("id", children).whereNotNull("billing_address_id")).map(
      (r: { billing_address_id: string }) => r.billing_address_id
    )
    const orders = await trx("order")
      .whereIn("id", children)
      .andWhere((q) => q.whereNotNull("email").orWhereNotNull("billing_address_id"))
      .update({ email: null, billing_address_id: null, updated_at: trx.fn.now() })
    // The billing rows were the children's own copies; one still named by any order stays.
    if (billing.length) {
      await trx("order_address")
        .whereIn("id", billing)
        .whereNotIn("id", trx("order").select("billing_address_id").whereNotNull("billing_address_id"))
        .whereNotIn("id", trx("order").select("shipping_address_id").whereNotNull("shipping_address_id"))
        .delete()
    }
    return { orders, shipTo }
  })
  logger.info(`Child orders' buyer contact data cleared: ${scrubbed.orders} orders, ${scrubbed.shipTo} ship-to addresses`)
}
