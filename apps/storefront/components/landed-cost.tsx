import { getTranslations } from "next-intl/server"
import { formatPrice } from "@/lib/format"
import { currentLocale } from "@/lib/request"
import { payableKey, type LandedCostEstimate } from "@/lib/landed-cost"

/**
 * The trade kit's landed-cost lines: each kind named in the buyer's language, the kit's own wording
 * (rates and bases, in English) beside it.
 */
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
                  <small className="muted" lang="en">{l.label}</small>
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
