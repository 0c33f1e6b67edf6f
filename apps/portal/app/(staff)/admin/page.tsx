import Link from "next/link"
import { PAGE_SIZE, pageOffset, Pagination } from "@/components/pagination"
import { LoadError } from "@/components/shell"
import { formatDate, getMessages } from "@/lib/i18n"
import { call } from "@/lib/session"
import type { Manufacturer, ManufacturerStatus, Paged } from "@/lib/types"
import { TableWrap } from "@/components/table-wrap"

const STATUSES: ManufacturerStatus[] = ["pending", "approved", "rejected", "suspended"]

export function generateMetadata() {
  return { title: getMessages().admin.queueTitle }
}

/** The review queue (pending first by default) and every manufacturer by status. */
export default async function Queue({ searchParams }: { searchParams: { status?: string; page?: string } }) {
  const t = getMessages()
  const status = searchParams.status === "all" ? undefined : STATUSES.find((s) => s === searchParams.status) ?? "pending"
  const offset = pageOffset(searchParams.page)
  let data: Paged<"manufacturers", Manufacturer> | undefined
  let error: unknown
  try {
    data = await call<Paged<"manufacturers", Manufacturer>>("admin", "/admin/manufacturers", {
      query: { status, limit: PAGE_SIZE, offset, order: "-created_at" },
    })
  } catch (e) {
    error = e
  }
  const h = t.admin.headers
  return (
    <>
      <h1>{t.admin.queueTitle}</h1>
      <nav aria-label={t.admin.filter}>
        <ul className="nav">
          {[...STATUSES, "all" as const].map((s) => (
            <li key={s}>
              <Link href={`/admin?status=${s}`} aria-current={(status ?? "all") === s ? "page" : undefined}>
                {s === "all" ? t.admin.all : t.status.names[s]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {error ? <LoadError error={error} /> : null}
      {data && !data.manufacturers.length ? <p>{t.admin.empty}</p> : null}
      {data?.manufacturers.length ? (
        <TableWrap>
          <table>
            <caption>{status ? t.status.names[status] : t.admin.all}</caption>
            <thead>
              <tr>
                <th scope="col">{h.name}</th>
                <th scope="col">{h.code}</th>
                <th scope="col">{h.city}</th>
                <th scope="col">{h.status}</th>
                <th scope="col">{h.registered}</th>
              </tr>
            </thead>
            <tbody>
              {data.manufacturers.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    <Link href={`/admin/manufacturers/${m.id}`}>
                      <span lang="zh-CN">{m.legal_name_zh}</span> · <span lang="en">{m.legal_name_en}</span>
                    </Link>
                  </th>
                  <td>{m.unified_social_credit_code}</td>
                  <td>{m.city}</td>
                  <td>{t.status.names[m.status]}</td>
                  <td>{formatDate(m.created_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      {data ? <Pagination path="/admin" count={data.count} limit={PAGE_SIZE} offset={offset} params={{ status: status ?? "all" }} /> : null}
    </>
  )
}
