import { getTranslations } from "next-intl/server"
import { OrderSummary } from "./order-summary"
import { countryName, formatDate, formatPrice } from "@/lib/format"
import type { DeliveryTermsRecord, Order } from "@/lib/medusa"
import { currentLocale } from "@/lib/request"

/** Where the order is on its way, from its fulfilment status until the export pipeline reports finer steps. */
const STEPS = ["placed", "packed", "shipped", "delivered"] as const
function reached(fulfillmentStatus: string): number {
  if (/delivered/.test(fulfillmentStatus)) return 3
  if (/shipped/.test(fulfillmentStatus)) return 2
  if (/fulfilled/.test(fulfillmentStatus) && fulfillmentStatus !== "not_fulfilled") return 1
  return 0
}

export async function OrderDetail({ order }: { order: Order }) {
  const [t, locale] = await Promise.all([getTranslations("order"), currentLocale()])
  const step = reached(order.fulfillment_status)
  const a = order.shipping_address
  const terms = order.metadata?.delivery_terms as DeliveryTermsRecord | undefined
  const money = (amount: string) => formatPrice(Number(amount), order.currency_code, locale)
  return (
    <>
      <dl className="facts">
        <dt>{t("number")}</dt>
        <dd data-testid="order-number">#{order.display_id}</dd>
        <dt>{t("date")}</dt>
        <dd>{formatDate(order.created_at, locale)}</dd>
        <dt>{t("email")}</dt>
        <dd dir="ltr">{order.email}</dd>
        {terms && (
          <>
            <dt>{t("duties")}</dt>
            <dd data-testid="order-terms">
              {t(`incoterm.${terms.terms === "DDP" ? "DDP" : "DAP"}`)}
              <br />
              {t("dutiesPaid", { amount: money(terms.charges_at_checkout) })}
              <br />
              {t("dutiesOnDelivery", { amount: money(terms.charges_on_delivery) })}
            </dd>
          </>
        )}
      </dl>
      <h2>{t("timeline")}</h2>
      <ol className="timeline" data-testid="timeline">
        {STEPS.map((s, i) => (
          <li key={s} className={i <= step ? "done" : undefined} aria-current={i === step ? "step" : undefined}>
            {t(`step.${s}`)}
          </li>
        ))}
      </ol>
      <OrderSummary of={order} caption={t("items")} />
      {a && (
        <>
          <h2>{t("shipTo")}</h2>
          <address>
            {a.first_name} {a.last_name}
            <br />
            {a.address_1}
            {a.address_2 && <>, {a.address_2}</>}
            <br />
            {[a.postal_code, a.city, a.province].filter(Boolean).join(", ")}
            <br />
            {a.country_code && countryName(a.country_code, locale)}
          </address>
        </>
      )}
    </>
  )
}
