import { formatMinor } from "@aem/trade-kit"
import { BarChart } from "@/components/bar-chart"
import { LoadError } from "@/components/shell"
import { generateIndustryReport } from "@/lib/actions/statistics"
import { getMessages } from "@/lib/i18n"
import { call } from "@/lib/session"
import type { IndustryReport, IndustryStatistics } from "@/lib/types"
import { TableWrap } from "@/components/table-wrap"

export function generateMetadata() {
  return { title: getMessages().statistics.title }
}

const DAY = 24 * 3600 * 1000
/** A Beijing calendar date some days from today (the period's dates are Beijing dates). */
const beijingDate = (offsetDays: number, from = Date.now()) => new Date(from + 8 * 3600 * 1000 + offsetDays * DAY).toISOString().slice(0, 10)
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** An amount in minor units with its currency code (the report keeps minor units to the cent). */
const major = (minor: number, currency: string) => `${formatMinor(minor, currency.toUpperCase())} ${currency.toUpperCase()}`

/**
 * Industry statistics for platform staff and the pilot zone's working group: any period (Beijing
 * dates, end exclusive), charts with their figures as tables, and the reports generated every second
 * month on the 25th or on demand, for download as PDF and CSV.
 */
export default async function Statistics({ searchParams }: { searchParams: { from?: string; to?: string; generated?: string; error?: string } }) {
  const t = getMessages()
  const to = DATE.test(searchParams.to ?? "") ? searchParams.to! : beijingDate(1)
  const from = DATE.test(searchParams.from ?? "") ? searchParams.from! : beijingDate(-60)
  let statistics: IndustryStatistics | undefined
  let reports: IndustryReport[] = []
  let error: unknown
  try {
    ;[{ statistics }, { industry_reports: reports }] = await Promise.all([
      call<{ statistics: IndustryStatistics }>("admin", "/admin/statistics", { query: { from: `${from}T00:00:00+08:00`, to: `${to}T00:00:00+08:00` } }),
      call<{ industry_reports: IndustryReport[] }>("admin", "/admin/industry-reports"),
    ])
  } catch (e) {
    error = e
  }
  const s = t.statistics
  const topOf = (rows: { label: string; value: number }[]) => [...rows].sort((a, b) => b.value - a.value)[0]
  const summary = (rows: { label: string; value: number }[]) => {
    const top = topOf(rows)
    return top ? s.largest(top.label, top.value) : s.none
  }

  return (
    <>
      <h1>{s.title}</h1>
      {searchParams.error === "period" && (
        <p role="alert" className="error">{s.periodError}</p>
      )}
      <form method="get" action="/admin/statistics" className="actions" aria-label={s.period}>
        <div className="field">
          <label htmlFor="f-from">{s.from}</label>
          <input id="f-from" name="from" type="date" defaultValue={from} required />
        </div>
        <div className="field">
          <label htmlFor="f-to">{s.to}</label>
          <input id="f-to" name="to" type="date" defaultValue={to} required aria-describedby="f-to-hint" />
          <span id="f-to-hint" className="hint">{s.toHint}</span>
        </div>
        <button type="submit">{s.show}</button>
      </form>
      {error || !statistics ? (
        <LoadError error={error} />
      ) : (
        <>
          <section aria-labelledby="exports">
            <h2 id="exports">{s.exportsTitle}</h2>
            <BarChart
              id="orders-by-destination"
              caption={s.ordersByDestination}
              summary={summary(ordersByCountry(statistics))}
              headers={[s.destination, s.orders]}
              rows={ordersByCountry(statistics)}
            />
            <TableWrap>
              <table>
                <caption>{s.exportsTable}</caption>
                <thead>
                  <tr>
                    <th scope="col">{s.destination}</th>
                    <th scope="col">{s.mode}</th>
                    <th scope="col">{s.orders}</th>
                    <th scope="col">{s.value}</th>
                  </tr>
                </thead>
                <tbody>
                  {statistics.exports.map((e) => (
                    <tr key={`${e.country_code}-${e.mode}-${e.currency_code}`}>
                      <th scope="row">{e.country_code.toUpperCase()}</th>
                      <td>{s.modes[e.mode as keyof typeof s.modes] ?? e.mode}</td>
                      <td>{e.orders}</td>
                      <td>{major(e.value_minor, e.currency_code)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  {statistics.export_totals.map((e) => (
                    <tr key={e.currency_code}>
                      <th scope="row" colSpan={2}>{s.total(e.currency_code.toUpperCase())}</th>
                      <td>{e.orders}</td>
                      <td>{major(e.value_minor, e.currency_code)}</td>
                    </tr>
                  ))}
                </tfoot>
              </table>
            </TableWrap>
          </section>
          <section aria-labelledby="classes">
            <h2 id="classes">{s.classesTitle}</h2>
            <BarChart
              id="quantity-by-class"
              caption={s.quantityByClass}
              summary={summary(classRows(statistics))}
              headers={[s.isoClass, s.quantity]}
              rows={classRows(statistics)}
            />
            <BarChart
              id="products-by-class"
              caption={s.productsByClass}
              summary={summary(statistics.products_by_iso_class.map((r) => ({ label: r.iso_class, value: r.products })))}
              headers={[s.isoClass, s.products]}
              rows={statistics.products_by_iso_class.map((r) => ({ label: r.iso_class, value: r.products }))}
            />
          </section>
          <section aria-labelledby="quality">
            <h2 id="quality">{s.qualityTitle}</h2>
            <dl className="facts">
              <dt>{s.manufacturers}</dt>
              <dd>{statistics.manufacturers.map((m) => `${t.status.names[m.status as keyof typeof t.status.names] ?? m.status}: ${m.count}`).join(" · ")}</dd>
              <dt>{s.recalls}</dt>
              <dd>{s.recallCounts(statistics.recalls.opened, statistics.recalls.closed)}</dd>
              <dt>{s.spotChecks}</dt>
              <dd>{s.spotCheckCounts(statistics.spot_checks.passed, statistics.spot_checks.failed)}</dd>
              <dt>{s.fittingRequests}</dt>
              <dd>{statistics.fitting_requests}</dd>
            </dl>
          </section>
        </>
      )}
      <section aria-labelledby="reports">
        <h2 id="reports">{s.reportsTitle}</h2>
        <p>{s.reportsIntro}</p>
        {searchParams.generated && <p role="status" className="notice">{s.generated}</p>}
        <form action={generateIndustryReport}>
          <input type="hidden" name="from" value={from} />
          <input type="hidden" name="to" value={to} />
          <button type="submit">{s.generate(from, to)}</button>
        </form>
        {reports.length ? (
          <TableWrap>
            <table>
              <caption>{s.reportsTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.reportPeriod}</th>
                  <th scope="col">{s.reportKind}</th>
                  <th scope="col">{s.download}</th>
                </tr>
              </thead>
              <tbody>
                {reports.map((r) => {
                  const period = s.periodText(beijingDate(0, Date.parse(r.period_from)), beijingDate(0, Date.parse(r.period_to)))
                  return (
                    <tr key={r.id}>
                      <th scope="row">{period}</th>
                      <td>{r.kind === "scheduled" ? s.scheduled : s.onDemand}</td>
                      <td>
                        {/* The visible format first, so speech control users can say what they see; the period for screen readers. */}
                        <a href={`/admin/industry-reports/${r.id}/pdf`}>
                          PDF<span className="visually-hidden"> {s.downloadFor(period)}</span>
                        </a>
                        {" · "}
                        <a href={`/admin/industry-reports/${r.id}/csv`}>
                          CSV<span className="visually-hidden"> {s.downloadFor(period)}</span>
                        </a>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </TableWrap>
        ) : (
          <p>{t.common.empty}</p>
        )}
      </section>
    </>
  )
}

function ordersByCountry(statistics: IndustryStatistics) {
  const byCountry = new Map<string, number>()
  for (const e of statistics.exports) byCountry.set(e.country_code.toUpperCase(), (byCountry.get(e.country_code.toUpperCase()) ?? 0) + e.orders)
  return [...byCountry].map(([label, value]) => ({ label, value }))
}

function classRows(statistics: IndustryStatistics) {
  return statistics.products_by_iso_class.filter((r) => r.quantity > 0).map((r) => ({ label: r.iso_class, value: r.quantity }))
}
