import { LoadError } from "@/components/shell"
import { formatDate, formatMoney, getMessages } from "@/lib/i18n"
import { MONTH } from "@/lib/schemas"
import { call } from "@/lib/session"
import type { Statement } from "@/lib/types"
import { TableWrap } from "@/components/table-wrap"

export function generateMetadata() {
  return { title: getMessages().statements.title }
}

/** This month in China, "2026-11". */
function currentMonth(): string {
  return new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", timeZone: "Asia/Shanghai" }).format(new Date()).slice(0, 7)
}

/** The monthly statement: per currency what was sold, the platform's commission and what is paid out. */
export default async function Statements({ searchParams }: { searchParams: { month?: string } }) {
  const t = getMessages()
  const valid = !searchParams.month || MONTH.test(searchParams.month)
  const month = valid && searchParams.month ? searchParams.month : currentMonth()
  let statement: Statement | undefined
  let error: unknown
  if (valid) {
    try {
      ;({ statement } = await call<{ statement: Statement }>("manufacturer", `/vendor/statements/${month}`))
    } catch (e) {
      error = e
    }
  }
  const h = t.statements.headers
  return (
    <>
      <h1>{t.statements.title}</h1>
      <form method="get" action="/statements" className="actions">
        <div className={valid ? "field" : "field field-error"}>
          <label htmlFor="f-month">{t.statements.month}</label>
          <p className="hint" id="f-month-hint">
            {t.statements.monthHint}
          </p>
          {valid ? null : (
            <p className="error" id="f-month-error">
              {t.validation.month}
            </p>
          )}
          <input
            id="f-month"
            name="month"
            type="month"
            defaultValue={valid ? month : searchParams.month}
            pattern="\d{4}-\d{2}"
            aria-describedby={valid ? "f-month-hint" : "f-month-hint f-month-error"}
            aria-invalid={valid ? undefined : true}
          />
        </div>
        <button type="submit">{t.statements.show}</button>
      </form>
      {error ? <LoadError error={error} /> : null}
      {statement ? (
        <>
          <p>
            <a href={`/statements/${month}/csv`} download>
              {t.statements.csv(month)}
            </a>
          </p>
          {!statement.lines.length ? <p>{t.statements.empty}</p> : null}
          {statement.currencies.length ? (
            <TableWrap>
              <table>
                <caption>{t.statements.summary}</caption>
                <thead>
                  <tr>
                    <th scope="col">{h.currency}</th>
                    <th scope="col">{h.orders}</th>
                    <th scope="col">{h.gross}</th>
                    <th scope="col">{h.commission}</th>
                    <th scope="col">{h.net}</th>
                  </tr>
                </thead>
                <tbody>
                  {statement.currencies.map((c) => (
                    <tr key={c.currency_code}>
                      <th scope="row">{c.currency_code.toUpperCase()}</th>
                      <td>{c.order_count}</td>
                      <td>{formatMoney(c.gross, c.currency_code)}</td>
                      <td>{formatMoney(c.commission, c.currency_code)}</td>
                      <td>{formatMoney(c.net, c.currency_code)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          ) : null}
          {statement.lines.length ? (
            <TableWrap>
              <table>
                <caption>{t.statements.lines}</caption>
                <thead>
                  <tr>
                    <th scope="col">{h.order}</th>
                    <th scope="col">{h.placed}</th>
                    <th scope="col">{h.gross}</th>
                    <th scope="col">{h.base}</th>
                    <th scope="col">{h.commission}</th>
                    <th scope="col">{h.net}</th>
                  </tr>
                </thead>
                <tbody>
                  {statement.lines.map((l) => (
                    <tr key={l.order_id}>
                      <th scope="row">#{l.display_id}</th>
                      <td>{formatDate(l.placed_at)}</td>
                      <td>{formatMoney(l.gross, l.currency_code)}</td>
                      <td>{formatMoney(l.commission_base, l.currency_code)}</td>
                      <td>{formatMoney(l.commission, l.currency_code)}</td>
                      <td>{formatMoney(l.net, l.currency_code)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          ) : null}
        </>
      ) : null}
    </>
  )
}
