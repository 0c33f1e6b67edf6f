import { COMPLAINT_ANSWER_DAYS, COMPLAINT_STATUSES } from "@aem/trade-kit"
import Link from "next/link"
import { PAGE_SIZE, pageOffset, Pagination } from "@/components/pagination"
import { LoadError } from "@/components/shell"
import { formatDate, getMessages } from "@/lib/i18n"
import { call } from "@/lib/session"
import type { Complaint } from "@/lib/types"
import { TableWrap } from "@/components/table-wrap"

export function generateMetadata() {
  return { title: getMessages().complaints.title }
}

/** Buyers' complaints about this manufacturer's goods, those still to answer first. */
export default async function Complaints({ searchParams }: { searchParams: { status?: string; page?: string } }) {
  const t = getMessages()
  const status = COMPLAINT_STATUSES.find((s) => s === searchParams.status) ?? "open"
  const offset = pageOffset(searchParams.page)
  let complaints: Complaint[] | undefined
  let count = 0
  let error: unknown
  try {
    ;({ complaints, count } = await call<{ complaints: Complaint[]; count: number }>("manufacturer", "/vendor/complaints", { query: { status, limit: PAGE_SIZE, offset } }))
  } catch (e) {
    error = e
  }
  const h = t.complaints.headers
  return (
    <>
      <h1>{t.complaints.title}</h1>
      <p>{t.complaints.intro(COMPLAINT_ANSWER_DAYS)}</p>
      <nav aria-label={t.complaints.filter}>
        <ul className="nav">
          {COMPLAINT_STATUSES.map((s) => (
            <li key={s}>
              <Link href={`/complaints?status=${s}`} aria-current={s === status ? "page" : undefined}>
                {t.complaints[s]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {error ? <LoadError error={error} /> : null}
      {complaints && !complaints.length ? <p>{t.complaints.empty}</p> : null}
      {complaints?.length ? (
        <TableWrap>
          <table data-testid="complaints">
            <caption className="visually-hidden">{t.complaints[status]}</caption>
            <thead>
              <tr>
                <th scope="col">{h.date}</th>
                <th scope="col">{h.product}</th>
                <th scope="col">{h.category}</th>
                <th scope="col">{h.order}</th>
              </tr>
            </thead>
            <tbody>
              {complaints.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link href={`/complaints/${c.id}`}>{formatDate(c.created_at)}</Link>
                  </th>
                  <td lang="en">{c.product?.title ?? "—"}</td>
                  <td>{t.complaints.categories[c.category]}</td>
                  <td>
                    <Link href={`/orders/${c.order_id}`}>{c.order_id}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      <Pagination path="/complaints" count={count} limit={PAGE_SIZE} offset={offset} params={{ status }} />
    </>
  )
}
