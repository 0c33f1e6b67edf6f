import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DECLARATION_HELD } from "../workflows/customs/record-customs-receipts"
import { recordCustomsHoldWorkflow, type CustomsHold } from "../workflows/logistics/record-customs-hold"

/**
 * Customs holds a declaration for manual review: the consignment's timeline shows it, and the
 * manufacturer is told (once per declaration version) so it can have papers or goods ready for the check.
 */
export default async function declarationHeldHandler({ event, container }: SubscriberArgs<CustomsHold>) {
  const hold = event.data
  await recordCustomsHoldWorkflow(container).run({ input: hold })
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "manufacturer",
    fields: ["contact_email", "legal_name_en"],
    filters: { id: hold.manufacturer_id },
  })
  if (!data[0]?.contact_email) return
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: data[0].contact_email,
    channel: "email",
    template: "declaration-held",
    idempotency_key: `declaration-held:${hold.id}:v${hold.version}`,
    data: { manufacturer: data[0].legal_name_en, ...hold },
  })
}

export const config: SubscriberConfig = { event: DECLARATION_HELD }
