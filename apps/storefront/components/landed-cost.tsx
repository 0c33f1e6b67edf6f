import type { LineTerm } from "@aem/trade-kit"
import { getTranslations } from "next-intl/server"
import { formatPrice } from "@/lib/format"
import { currentLocale } from "@/lib/request"
import { payableKey, type LandedCostEstimate } from "@/lib/landed-cost"

type LandedCostTranslator = Awaited<ReturnType<typeof getTranslations<"landedCost">>>

/**
 * Under a line's kind, what it charges and on what, in the buyer's language (rates and the euro allowance
 * formatted for their locale). A line kept without its term (orders placed before it was kept) shows the
 * trade kit's English wording, marked as English.
 */
export function ChargeTerm({ t, line }: { t: LandedCostTranslator; line: { label: string; term?: LineTerm } }) {
  if (!line.term) return <small className="muted" lang="en">{line.label}</small>
  const { key, ...figures } = line.term
  const values = {
    tax: "tax" in figures ? figures.tax : "",
    rate: "rate" in figures ? figures.rate / 100 : 0,
    allowance: "allowanceEur" in figures ? figures.allowanceEur : 0,
  }
  return <small className="muted">{t(`line.${key}`, values)}</small>
}

/** The trade kit's landed-cost lines: each kind named in the buyer's language, and what it charges. */
export async function LandedCostTable({ estimate, caption }: { estimate: LandedCostEstimate; caption: string }) {
  const [t, locale] = await Promise.all([getTranslations("landedCost"), currentLocale()])
  const { quote } = estimate
  const money = (amount: string) => formatPrice(Number(amount), quote.currency, locale)
  return (
    <>
      {/* At 320 px the amounts may not fit beside the names: the table scrolls, not the page. */}
      <div className="table-scroll" role="region" aria-labelledby="landed-cost-caption" tabIndex={0}>
        <table data-testid="landed-cost">
          <caption id="landed-cost-caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("charge")}</th>
              <th scope="col">{t("amount")}</th>
              <th scope="col">{t("payable")}</th>
            </tr>
          </thead>
          <tbody>
            {quote.lines.map((l, i) => (
              <tr key={i}>
                <th scope="row">
                  {t(`kind.${l.kind}`)}
                  <br />
                  <ChargeTerm t={t} line={l} />
                </th>
                <td className="money">{money(l.amount)}</td>
                <td>{t(`payableBy.${payableKey(l.payableBy)}`)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("total")}</th>
              <td colSpan={2} className="money" data-testid="landed-total">{money(quote.total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {quote.unknowns.length > 0 && (
        <div className="notice">
          <p>{t("unknowns")}</p>
          <ul lang="en">{quote.unknowns.map((u) => <li key={u}>{u}</li>)}</ul>
        </div>
      )}
      {quote.unconfirmed.length > 0 && <p className="muted">{t("unconfirmed")}</p>}
    </>
  )
}
