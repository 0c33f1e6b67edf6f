import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CERTIFICATE_EXPIRED } from "../workflows/manufacturer/enforce-certificate-validity"

type Expiry = { manufacturer_id: string; certificate_ids: string[]; product_ids: string[] }

/** Tells a manufacturer which products left the store because a certificate expired (one event each). */
export default async function certificateExpiredHandler({ event, container }: SubscriberArgs<Expiry>) {
  const expiry = event.data
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "manufacturer",
    fields: ["contact_email", "legal_name_en"],
    filters: { id: expiry.manufacturer_id },
  })
  if (!data[0]) return
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: data[0].contact_email,
    channel: "email",
    template: "certificate-expired",
    // One notice per manufacturer and set of certificates: a retried event sends it once.
    idempotency_key: `certificate-expired:${expiry.manufacturer_id}:${[...expiry.certificate_ids].sort().join(",")}`,
    data: { manufacturer: data[0].legal_name_en, ...expiry },
  })
}

export const config: SubscriberConfig = { event: CERTIFICATE_EXPIRED }
