import Link from "next/link"
import { notFound } from "next/navigation"
import { DeclarationSection } from "@/components/declaration-section"
import { Notice } from "@/components/field"
import { advanceOrder } from "@/lib/actions/vendor"
import { BackendError } from "@/lib/backend"
import { formatDate, formatMoney, getMessages } from "@/lib/i18n"
import { call } from "@/lib/session"
import type { Order } from "@/lib/types"
import { TableWrap } from "@/components/table-wrap"

export function generateMetadata() {
  return { title: getMessages().orders.title }
}

/** One order: its items and totals, and the next step the manufacturer takes with it. */
export default async function OrderPage({ params, searchParams }: { params: { id: string }; searchParams: { done?: string; refused?: string } }) {
  const t = getMessages()
  let order: Order
  try {
    ;({ order } = await call<{ order: Order }>("manufacturer", `/vendor/orders/${encodeURIComponent(params.id)}`))
  } catch (e) {
    if (e instanceof BackendError && e.status === 404) notFound()
    throw e
  }
  const money = (n: number) => formatMoney(n, order.currency_code)
  const next = order.fulfilment_status === "placed" ? "confirm" : order.fulfilment_status === "confirmed" ? "ready-for-handoff" : null
  const h = t.orders.itemsHeaders
  return (
    <>
      <p>
        <Link href="/orders">{t.orders.back}</Link>
      </p>
      <h1>{t.orders.detail(`#${order.display_id}`)}</h1>
      {searchParams.done === "confirm" || searchParams.done === "ready-for-handoff" ? <Notice>{searchParams.done === "confirm" ? t.orders.confirmed : t.orders.readied}</Notice> : null}
      <dl className="facts">
        <dt>{t.orders.headers.date}</dt>
        <dd>{formatDate(order.created_at)}</dd>
        <dt>{t.orders.headers.status}</dt>
        <dd>{t.orders.statuses[order.fulfilment_status] ?? order.fulfilment_status}</dd>
        {order.shipping_address ? (
          <>
            <dt>{t.orders.headers.shipTo}</dt>
            <dd>
              {order.shipping_address.first_name} {order.shipping_address.last_name}, {order.shipping_address.city},{" "}
              {order.shipping_address.country_code.toUpperCase()}
            </dd>
          </>
        ) : null}
      </dl>
      <TableWrap>
        <table>
          <caption>{t.orders.headers.items}</caption>
          <thead>
            <tr>
              <th scope="col">{h.title}</th>
              <th scope="col">{h.sku}</th>
              <th scope="col">{h.qty}</th>
              <th scope="col">{h.price}</th>
              <th scope="col">{h.total}</th>
            </tr>
          </thead>
          <tbody>
            {order.items.map((i) => (
              <tr key={i.id}>
                <th scope="row">{i.title}</th>
                <td>{i.variant_sku ?? "—"}</td>
                <td>{i.quantity}</td>
                <td>{money(i.unit_price)}</td>
                <td>{money(i.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <dl className="facts">
        <dt>{t.orders.totals.items}</dt>
        <dd>{money(order.item_total)}</dd>
        <dt>{t.orders.totals.shipping}</dt>
        <dd>{money(order.shipping_total)}</dd>
        <dt>{t.orders.totals.tax}</dt>
        <dd>{money(order.tax_total)}</dd>
        <dt>{t.orders.totals.total}</dt>
        <dd>{money(order.total)}</dd>
        <dt>{t.orders.totals.commission}</dt>
        <dd>{money(order.commission_total)}</dd>
      </dl>
      {next ? (
        <form action={advanceOrder}>
          <input type="hidden" name="order_id" value={order.id} />
          <input type="hidden" name="step" value={next} />
          <button type="submit">{next === "confirm" ? t.orders.confirm : t.orders.ready}</button>
        </form>
      ) : null}
      <DeclarationSection
        orderId={order.id}
        declaration={order.declaration}
        products={[...new Map(order.items.filter((i) => i.product_id).map((i) => [i.product_id!, { id: i.product_id!, title: i.title }])).values()]}
        done={searchParams.done === "resubmit"}
        refused={searchParams.refused}
      />
    </>
  )
}
