import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { recallNoticeToken } from "../modules/traceability/recall-link"
import { RECALL_NOTICE_TEXT, type BuyerLanguage } from "../modules/traceability/notice-texts"
import { RECALL_OPENED } from "../workflows/traceability/open-recall"

/**
 * Sends each buyer the recall notice in their language with the link to acknowledge it. Idempotent
 * per notice, so a redelivered event sends nothing twice.
 */
export default async function recallOpenedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "recall",
    fields: ["id", "reason", "product_id", "manufacturer_id", "notices.*"],
    filters: { id: event.data.id },
  })
  const recall = data[0]
  if (!recall?.notices?.length) return
  const [{ data: products }, { data: manufacturers }] = await Promise.all([
    query.graph({ entity: "product", fields: ["title"], filters: { id: recall.product_id } }),
    query.graph({ entity: "manufacturer", fields: ["legal_name_en"], filters: { id: recall.manufacturer_id } }),
  ])
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const secret = config.projectConfig.http.jwtSecret as string
  const storefront = process.env.STOREFRONT_URL || "http://localhost:8000"
  await container.resolve(Modules.NOTIFICATION).createNotifications(
    recall.notices.map((notice) => {
      const url = `${storefront}/${notice!.country_code}/trace?notice=${notice!.id}&token=${recallNoticeToken(notice!.id, secret)}&lang=${notice!.language}`
      const text = RECALL_NOTICE_TEXT[notice!.language as BuyerLanguage]({
        product: products[0]?.title ?? recall.product_id,
        manufacturer: manufacturers[0]?.legal_name_en ?? "",
        serials: notice!.serials as string[],
        reason: recall.reason,
        url,
      })
      return {
        to: notice!.email,
        channel: "email",
        template: "recall-notice",
        idempotency_key: `recall-notice:${notice!.id}`,
        data: { ...text, language: notice!.language, recall_id: recall.id, notice_id: notice!.id, serials: notice!.serials, acknowledge_url: url },
      }
    })
  )
}

export const config: SubscriberConfig = { event: RECALL_OPENED }
