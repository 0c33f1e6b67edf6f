import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CUSTOMS_MODULE } from "../modules/customs"
import type CustomsModuleService from "../modules/customs/service"
import { resubmitDeclarationWorkflow } from "../workflows/customs/resubmit-declaration"
import { CUSTOMS_EXCHANGE_RATE_SET } from "../workflows/customs/set-customs-exchange-rate"

/**
 * Staff added (or corrected) customs' rate for a currency and month: every draft that was waiting
 * for it is prepared again as its next version, whose job id is new (the version is in the
 * business key), so no earlier job is in the way. A draft already resubmitted is left alone.
 */
export default async function customsExchangeRateSetHandler({ event, container }: SubscriberArgs<{ currency: string; month: string }>) {
  const customs = container.resolve<CustomsModuleService>(CUSTOMS_MODULE)
  const waiting = await customs.listDeclarations({
    status: "draft",
    currency: event.data.currency,
    declared_currency: "CNY",
    exchange_rate_month: event.data.month,
    exchange_rate: null,
  })
  for (const declaration of waiting) {
    // One declaration that cannot go on (cancelled meanwhile) does not hold up the others.
    await resubmitDeclarationWorkflow(container)
      .run({ input: { orderId: declaration.order_id, version: declaration.version, by: "customs-exchange-rate" } })
      .catch((e: Error) => container.resolve("logger").warn(`declaration ${declaration.order_no} not prepared again: ${e.message}`))
  }
}

export const config: SubscriberConfig = { event: CUSTOMS_EXCHANGE_RATE_SET }
