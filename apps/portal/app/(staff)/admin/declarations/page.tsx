import Link from "next/link"
import { CancelDeclarationForm } from "@/components/forms/cancel-declaration-form"
import { LoadError } from "@/components/shell"
import { cancelDeclaration } from "@/lib/actions/admin"
import { formatDate, getMessages } from "@/lib/i18n"
import { call } from "@/lib/session"
import type { DeclarationStatus } from "@/lib/types"
import { TableWrap } from "@/components/table-wrap"

export function generateMetadata() {
  return { title: getMessages().declaration.desk }
}

type DeskDeclaration = {
  id: string
  order_no: string
  status: DeclarationStatus
  version: number
  rejection_reason: string | null
  problem: string | null
  cancellation_reason: string | null
  currency: string | null
  declared_currency: string | null
  exchange_rate: string | null
  exchange_rate_month: string | null
  status_changed_at: string | null
}

const SHOW: Record<string, Record<string, string>> = { rejected: { status: "rejected" }, problem: { has_problem: "true" }, all: {} }
const CANCELLABLE = ["draft", "generated", "rejected"]

/**
 * The platform's customs desk: declarations customs rejected or the workers could not build, with
 * why; one chosen (`?cancel=`) can be cancelled with a reason.
 */
export default async function Declarations({ searchParams }: { searchParams: { show?: string; cancel?: string } }) {
  const t = getMessages()
  const d = t.declaration
  const show = searchParams.show && searchParams.show in SHOW ? searchParams.show : "rejected"
  let declarations: DeskDeclaration[]
  try {
    ;({ declarations } = await call<{ declarations: DeskDeclaration[] }>("admin", "/admin/declarations", { query: { ...SHOW[show], limit: 100 } }))
  } catch (e) {
    return <LoadError error={e} />
  }
  const chosen = declarations.find((x) => x.id === searchParams.cancel && CANCELLABLE.includes(x.status))
  const h = d.deskHeaders
  return (
    <>
      <h1>{d.desk}</h1>
      <form method="get" action="/admin/declarations" className="actions">
        <div className="field">
          <label htmlFor="f-show">{t.admin.filter}</label>
          <select id="f-show" name="show" defaultValue={show}>
            {Object.keys(SHOW).map((k) => (
              <option key={k} value={k}>
                {d.show[k]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t.statements.show}</button>
      </form>
      {chosen ? (
        <section aria-labelledby="cancel" className="section">
          <h2 id="cancel">{`${d.cancel}: ${chosen.order_no}`}</h2>
          <CancelDeclarationForm
            action={cancelDeclaration.bind(null, chosen.id)}
            text={{ reason: d.cancelReason, submit: d.cancel, errorSummary: t.common.errorSummary, required: t.common.required }}
          />
        </section>
      ) : null}
      {declarations.length ? (
        <TableWrap>
          <table>
            <caption>{`${d.show[show]} (${declarations.length})`}</caption>
            <thead>
              <tr>
                <th scope="col">{h.number}</th>
                <th scope="col">{h.status}</th>
                <th scope="col">{h.version}</th>
                <th scope="col">{h.currency}</th>
                <th scope="col">{h.reason}</th>
                <th scope="col">{h.changed}</th>
                <th scope="col">{h.cancel}</th>
              </tr>
            </thead>
            <tbody>
              {declarations.map((x) => (
                <tr key={x.id}>
                  <th scope="row">{x.order_no}</th>
                  <td>{d.statuses[x.status] ?? x.status}</td>
                  <td>{x.version}</td>
                  <td>{x.currency && x.declared_currency ? d.declaredIn(x.declared_currency, x.currency, x.exchange_rate, x.exchange_rate_month) : "—"}</td>
                  <td>{x.rejection_reason ?? x.problem ?? x.cancellation_reason ?? "—"}</td>
                  <td>{x.status_changed_at ? formatDate(x.status_changed_at) : "—"}</td>
                  <td>
                    {CANCELLABLE.includes(x.status) ? (
                      <Link href={`/admin/declarations?show=${show}&cancel=${encodeURIComponent(x.id)}#cancel`}>
                        {h.cancel}
                        <span className="visually-hidden"> {x.order_no}</span>
                      </Link>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>{d.empty}</p>
      )}
    </>
  )
}
