import Link from "next/link"
import { PAGE_SIZE, pageOffset, Pagination } from "@/components/pagination"
import { LoadError } from "@/components/shell"
import { getLang, getMessages } from "@/lib/i18n"
import { call } from "@/lib/session"
import { describeIso } from "@/lib/trade"
import type { Paged, Product } from "@/lib/types"
import { TableWrap } from "@/components/table-wrap"

export function generateMetadata() {
  return { title: getMessages().products.title }
}

/** The manufacturer's products with their trade data, whether each is on sale, and the holds that keep it off (why: on its own page). */
export default async function Products({ searchParams }: { searchParams: { page?: string } }) {
  const lang = getLang()
  const t = getMessages(lang)
  const offset = pageOffset(searchParams.page)
  let data: Paged<"products", Product> | undefined
  let error: unknown
  try {
    data = await call<Paged<"products", Product>>("manufacturer", "/vendor/products", { query: { limit: PAGE_SIZE, offset } })
  } catch (e) {
    error = e
  }
  return (
    <>
      <h1>{t.products.title}</h1>
      <p>
        <Link className="button" href="/products/new">
          {t.products.new}
        </Link>
      </p>
      {error ? <LoadError error={error} /> : null}
      {data && !data.products.length ? <p>{t.products.empty}</p> : null}
      {data?.products.length ? (
        <TableWrap>
          <table>
            <caption>{t.products.count(data.count)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.products.headers.title}</th>
                <th scope="col">{t.products.headers.status}</th>
                <th scope="col">{t.products.headers.hs}</th>
                <th scope="col">{t.products.headers.iso}</th>
                <th scope="col">{t.products.headers.onSale}</th>
                <th scope="col">{t.products.headers.held}</th>
              </tr>
            </thead>
            <tbody>
              {data.products.map((p) => (
                <tr key={p.id} data-testid="product-row">
                  <th scope="row">
                    <Link href={`/products/${p.id}`}>{p.title}</Link>
                  </th>
                  <td>{t.products.statuses[p.status as keyof typeof t.products.statuses] ?? p.status}</td>
                  <td>{p.hs_code ?? "—"}</td>
                  <td>{describeIso(p.metadata?.iso_9999, lang) || "—"}</td>
                  <td>{p.sales_channels?.length ? t.common.yes : t.common.no}</td>
                  <td data-testid="product-holds">{p.holds?.length ? p.holds.map((h) => t.products.holds.kinds[h.kind]).join(", ") : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      {data ? <Pagination path="/products" count={data.count} limit={PAGE_SIZE} offset={offset} /> : null}
    </>
  )
}
