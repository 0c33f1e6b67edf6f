import { getTranslations } from "next-intl/server"
import { OrderSummary } from "./order-summary"
import { countryName, formatDate } from "@/lib/format"
import type { Order } from "@/lib/medusa"
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
  const incoterm = order.metadata?.incoterm as string | undefined
  return (
    <>
      <dl className="facts">
        <dt>{t("number")}</dt>
        <dd data-testid="order-number">#{order.display_id}</dd>
        <dt>{t("date")}</dt>
        <dd>{formatDate(order.created_at, locale)}</dd>
        <dt>{t("email")}</dt>
        <dd dir="ltr">{order.email}</dd>
        {incoterm && (
          <>
            <dt>{t("duties")}</dt>
            <dd>{t(`incoterm.${incoterm === "DDP" ? "DDP" : "DAP"}`)}</dd>
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
