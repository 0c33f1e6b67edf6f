import Link from "next/link"
import { PAGE_SIZE, pageOffset, Pagination } from "@/components/pagination"
import { LoadError } from "@/components/shell"
import { ReceiveForm } from "@/components/forms/park-forms"
import { SelectField } from "@/components/field"
import { receiveConsignment } from "@/lib/actions/operator"
import { formatDate, getLang, getMessages } from "@/lib/i18n"
import { call } from "@/lib/session"
import type { ConsignmentRow, OperatorMe } from "@/lib/types"
import { TableWrap } from "@/components/table-wrap"

export function generateMetadata() {
  return { title: getMessages().nav.park }
}

const STATUSES = ["allocated", "received", "packed", "handed_over", "in_transit", "delivered"]

/** What is coming to the park and where each consignment is; the barcode field receives goods. */
export default async function ParkPage({ searchParams }: { searchParams: { status?: string; page?: string } }) {
  const t = getMessages()
  const p = t.park
  const status = STATUSES.includes(searchParams.status ?? "") ? searchParams.status : undefined
  const offset = pageOffset(searchParams.page)
  let me: OperatorMe
  let list: { consignments: ConsignmentRow[]; count: number }
  try {
    ;[me, list] = await Promise.all([
      call<OperatorMe>("operator", "/operator/me"),
      call<{ consignments: ConsignmentRow[]; count: number }>("operator", "/operator/consignments", { query: { status, limit: PAGE_SIZE, offset } }),
    ])
  } catch (e) {
    return <LoadError error={e} />
  }
  const zh = getLang() === "zh"
  const h = p.headers
  return (
    <>
      <h1>{p.title(zh ? me.park.name_zh : me.park.name_en)}</h1>
      <section aria-labelledby="receive">
        <h2 id="receive">{p.receiveTitle}</h2>
        <ReceiveForm
          action={receiveConsignment}
          text={{ ...p.barcode, submit: p.receive, errorSummary: t.common.errorSummary, required: t.common.required }}
        />
      </section>
      <section aria-labelledby="list" className="section">
        <h2 id="list">{p.listTitle}</h2>
        <form method="get" className="actions">
          <SelectField
            name="status"
            label={p.filter}
            options={STATUSES.map((s) => ({ value: s, label: p.statuses[s] ?? s }))}
            placeholder={p.all}
            defaultValue={status}
          />
          <button type="submit" className="secondary">
            {p.show}
          </button>
        </form>
        {list.consignments.length ? (
          <TableWrap>
            <table>
              <caption>{`${p.listTitle} (${list.count})`}</caption>
              <thead>
                <tr>
                  <th scope="col">{h.barcode}</th>
                  <th scope="col">{h.status}</th>
                  <th scope="col">{h.customs}</th>
                  <th scope="col">{h.maker}</th>
                  <th scope="col">{h.destination}</th>
                  <th scope="col">{h.packages}</th>
                  <th scope="col">{h.created}</th>
                </tr>
              </thead>
              <tbody>
                {list.consignments.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link href={`/park/consignments/${encodeURIComponent(c.id)}`}>{c.barcode}</Link>
                    </th>
                    <td>
                      {p.statuses[c.status] ?? c.status}
                      {c.exception ? <strong className="status-rejected"> · {p.exceptionFlag}</strong> : null}
                    </td>
                    <td>{c.customs_status ? (t.declaration.statuses[c.customs_status] ?? c.customs_status) : "—"}</td>
                    <td>{(zh ? c.manufacturer.name_zh : c.manufacturer.name) ?? "—"}</td>
                    <td>{c.destination_country.toUpperCase()}</td>
                    <td>{c.expected_packages}</td>
                    <td>{formatDate(c.created_at)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        ) : (
          <p>{p.empty}</p>
        )}
        <Pagination path="/park" count={list.count} limit={PAGE_SIZE} offset={offset} params={status ? { status } : {}} />
      </section>
    </>
  )
}
