import Link from "next/link"
import { PAGE_SIZE, pageOffset, Pagination } from "@/components/pagination"
import { LoadError } from "@/components/shell"
import { formatDate, formatMoney, getMessages } from "@/lib/i18n"
import { call } from "@/lib/session"
import type { Order, Paged } from "@/lib/types"
import { TableWrap } from "@/components/table-wrap"

export function generateMetadata() {
  return { title: getMessages().orders.title }
}

/** This manufacturer's orders (its child orders of each buyer's order), newest first. */
export default async function Orders({ searchParams }: { searchParams: { page?: string } }) {
  const t = getMessages()
  const offset = pageOffset(searchParams.page)
  let data: Paged<"orders", Order> | undefined
  let error: unknown
  try {
    data = await call<Paged<"orders", Order>>("manufacturer", "/vendor/orders", { query: { limit: PAGE_SIZE, offset } })
  } catch (e) {
    error = e
  }
  const h = t.orders.headers
  return (
    <>
      <h1>{t.orders.title}</h1>
      {error ? <LoadError error={error} /> : null}
      {data && !data.orders?.length ? <p>{t.orders.empty}</p> : null}
      {data?.orders?.length ? (
        <TableWrap>
          <table>
            <caption className="visually-hidden">{t.orders.title}</caption>
            <thead>
              <tr>
                <th scope="col">{h.number}</th>
                <th scope="col">{h.date}</th>
                <th scope="col">{h.status}</th>
                <th scope="col">{h.items}</th>
                <th scope="col">{h.total}</th>
                <th scope="col">{h.commission}</th>
                <th scope="col">{h.shipTo}</th>
              </tr>
            </thead>
            <tbody>
              {data.orders.map((o) => (
                <tr key={o.id}>
                  <th scope="row">
                    <Link href={`/orders/${o.id}`}>#{o.display_id}</Link>
                  </th>
                  <td>{formatDate(o.created_at)}</td>
                  <td>{t.orders.statuses[o.fulfilment_status] ?? o.fulfilment_status}</td>
                  <td>{o.items.reduce((n, i) => n + i.quantity, 0)}</td>
                  <td>{formatMoney(o.total, o.currency_code)}</td>
                  <td>{formatMoney(o.commission_total, o.currency_code)}</td>
                  <td>{o.shipping_address ? `${o.shipping_address.city}, ${o.shipping_address.country_code.toUpperCase()}` : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      {data ? <Pagination path="/orders" count={data.count} limit={PAGE_SIZE} offset={offset} /> : null}
    </>
  )
}
