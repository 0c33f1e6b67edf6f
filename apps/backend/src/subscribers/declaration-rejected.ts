import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DECLARATION_REJECTED } from "../workflows/customs/record-customs-receipts"

type Rejection = { id: string; order_id: string; manufacturer_id: string; order_no: string; reason: string }

/** Customs rejected a declaration: the manufacturer and the platform's customs desk learn why (one notice each). */
export default async function declarationRejectedHandler({ event, container }: SubscriberArgs<Rejection>) {
  const rejection = event.data
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "manufacturer",
    fields: ["contact_email", "legal_name_en"],
    filters: { id: rejection.manufacturer_id },
  })
  const desk = process.env.CUSTOMS_DESK_EMAIL || "customs@marketplace.example.com"
  const recipients = [data[0]?.contact_email, desk].filter((to): to is string => !!to)
  await container.resolve(Modules.NOTIFICATION).createNotifications(
    recipients.map((to) => ({
      to,
      channel: "email",
      template: "declaration-rejected",
      idempotency_key: `declaration-rejected:${rejection.id}:${to}`,
      data: { manufacturer: data[0]?.legal_name_en, ...rejection },
    }))
  )
}

export const config: SubscriberConfig = { event: DECLARATION_REJECTED }
