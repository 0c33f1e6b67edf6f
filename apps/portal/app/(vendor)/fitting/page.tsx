import Link from "next/link"
import { PAGE_SIZE, pageOffset, Pagination } from "@/components/pagination"
import { LoadError } from "@/components/shell"
import { formatDate, getMessages } from "@/lib/i18n"
import { call } from "@/lib/session"
import type { FittingRequest, Paged } from "@/lib/types"
import { TableWrap } from "@/components/table-wrap"

export function generateMetadata() {
  return { title: getMessages().fitting.title }
}

const STATUSES = ["open", "answered"] as const

/** Buyers' measurements sent to this manufacturer, those still to answer first. */
export default async function FittingRequests({ searchParams }: { searchParams: { status?: string; page?: string } }) {
  const t = getMessages()
  const status = STATUSES.find((s) => s === searchParams.status) ?? "open"
  const offset = pageOffset(searchParams.page)
  let data: Paged<"fitting_requests", FittingRequest> | undefined
  let error: unknown
  try {
    data = await call<Paged<"fitting_requests", FittingRequest>>("manufacturer", "/vendor/fitting-requests", { query: { status, limit: PAGE_SIZE, offset } })
  } catch (e) {
    error = e
  }
  const h = t.fitting.headers
  return (
    <>
      <h1>{t.fitting.title}</h1>
      <p>{t.fitting.intro}</p>
      <nav aria-label={t.fitting.filter}>
        <ul className="nav">
          {STATUSES.map((s) => (
            <li key={s}>
              <Link href={`/fitting?status=${s}`} aria-current={s === status ? "page" : undefined}>
                {t.fitting[s]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {error ? <LoadError error={error} /> : null}
      {data && !data.fitting_requests.length ? <p>{t.fitting.empty}</p> : null}
      {data?.fitting_requests.length ? (
        <TableWrap>
          <table data-testid="fitting-requests">
            <caption className="visually-hidden">{t.fitting[status]}</caption>
            <thead>
              <tr>
                <th scope="col">{h.date}</th>
                <th scope="col">{h.product}</th>
                <th scope="col">{h.measurement}</th>
                <th scope="col">{h.buyer}</th>
              </tr>
            </thead>
            <tbody>
              {data.fitting_requests.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link href={`/fitting/${r.id}`}>{formatDate(r.created_at)}</Link>
                  </th>
                  <td lang="en">{r.product?.title ?? "—"}</td>
                  <td>
                    {t.fitting.measurements[r.measurement]}: {r.measured_cm} cm
                  </td>
                  <td>
                    {r.locale} / {r.country_code.toUpperCase()}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      {data ? <Pagination path="/fitting" params={{ status }} count={data.count} limit={PAGE_SIZE} offset={offset} /> : null}
    </>
  )
}
