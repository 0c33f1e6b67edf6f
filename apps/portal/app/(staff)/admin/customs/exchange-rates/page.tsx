import Link from "next/link"
import { ExchangeRateForm } from "@/components/forms/exchange-rate-form"
import { LoadError } from "@/components/shell"
import { addExchangeRate, changeExchangeRate } from "@/lib/actions/admin"
import { getMessages } from "@/lib/i18n"
import { call } from "@/lib/session"
import { TableWrap } from "@/components/table-wrap"

export function generateMetadata() {
  return { title: getMessages().exchangeRates.title }
}

type ExchangeRate = { id: string; currency: string; month: string; rate: string; source: string }

/** The month customs counts in (China Standard Time), the default for a new rate. */
const currentMonth = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)

/**
 * Customs' monthly conversion rates, next to the customs desk: orders in currencies without a
 * confirmed customs code are declared in CNY at these. One chosen (`?change=`) can be corrected.
 */
export default async function ExchangeRates({ searchParams }: { searchParams: { change?: string } }) {
  const t = getMessages()
  const x = t.exchangeRates
  let rates: ExchangeRate[]
  try {
    ;({ exchange_rates: rates } = await call<{ exchange_rates: ExchangeRate[] }>("admin", "/admin/customs/exchange-rates", { query: { limit: 200 } }))
  } catch (e) {
    return <LoadError error={e} />
  }
  const chosen = rates.find((r) => r.id === searchParams.change)
  const common = { errorSummary: t.common.errorSummary, required: t.common.required }
  const h = x.headers
  return (
    <>
      <h1>{x.title}</h1>
      <p>{x.intro}</p>
      {chosen ? (
        <section aria-labelledby="change" className="section">
          <h2 id="change">{x.changeTitle(chosen.currency, chosen.month)}</h2>
          <ExchangeRateForm
            action={changeExchangeRate.bind(null, chosen.id)}
            text={{ rate: x.rate, source: x.source, submit: x.save, ...common }}
            defaults={{ rate: chosen.rate, source: chosen.source }}
          />
        </section>
      ) : (
        // One form at a time: the two share field names (and so their ids).
        <section aria-labelledby="add" className="section">
          <h2 id="add">{x.add}</h2>
          <ExchangeRateForm
            action={addExchangeRate}
            text={{ currency: x.currency, month: x.month, rate: x.rate, source: x.source, submit: x.save, ...common }}
            defaults={{ month: currentMonth() }}
          />
        </section>
      )}
      {rates.length ? (
        <TableWrap>
          <table>
            <caption>{`${x.title} (${rates.length})`}</caption>
            <thead>
              <tr>
                <th scope="col">{h.currency}</th>
                <th scope="col">{h.month}</th>
                <th scope="col">{h.rate}</th>
                <th scope="col">{h.source}</th>
                <th scope="col">{h.change}</th>
              </tr>
            </thead>
            <tbody>
              {rates.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.currency}</th>
                  <td>{r.month}</td>
                  <td dir="ltr">{r.rate}</td>
                  <td>
                    {r.source.startsWith("DEMO FIGURE") ? (
                      <>
                        <strong>{`${x.demo}: `}</strong>
                        <span lang="en">{r.source}</span>
                      </>
                    ) : (
                      r.source
                    )}
                  </td>
                  <td>
                    <Link href={`/admin/customs/exchange-rates?change=${encodeURIComponent(r.id)}#change`}>
                      {x.change}
                      <span className="visually-hidden">{` ${r.currency} ${r.month}`}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>{x.empty}</p>
      )}
    </>
  )
}
