import { getTranslations } from "next-intl/server"
import { ChargeTerm } from "./landed-cost"
import { formatPrice } from "@/lib/format"
import { payableKey } from "@/lib/landed-cost"
import type { DeliveryTermsRecord } from "@/lib/medusa"
import { currentLocale } from "@/lib/request"

/**
 * Duty and import VAT for the cart under the shown terms, as the backend computed them (one parcel per
 * manufacturer), and what is payable now, with the order, against what the carrier collects on delivery.
 */
export async function DeliveryTermsBreakdown({ record, caption }: { record: DeliveryTermsRecord; caption: string }) {
  const [t, tc, locale] = await Promise.all([getTranslations("landedCost"), getTranslations("checkout"), currentLocale()])
  const money = (amount: string) => formatPrice(Number(amount), record.currency, locale)
  const parcels = record.shipments.length
  return (
    <>
      {/* At 320 px the amounts may not fit beside the names: the table scrolls, not the page. */}
      <div className="table-scroll" role="region" aria-labelledby="delivery-terms-caption" tabIndex={0}>
        <table data-testid="delivery-terms">
          <caption id="delivery-terms-caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("charge")}</th>
              <th scope="col">{t("amount")}</th>
              <th scope="col">{t("payable")}</th>
            </tr>
          </thead>
          <tbody>
            {record.shipments.flatMap((s, p) =>
              s.lines.map((l, i) => (
                <tr key={`${p}-${i}`}>
                  <th scope="row">
                    {t(`kind.${l.kind}`)}
                    {parcels > 1 && <> · {tc("parcel", { index: p + 1, count: parcels })}</>}
                    <br />
                    <ChargeTerm t={t} line={l} />
                  </th>
                  <td className="money">{money(l.amount)}</td>
                  <td>{t(`payableBy.${payableKey(l.payable_by)}`)}</td>
                </tr>
              ))
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{tc("payNow")}</th>
              <td colSpan={2} className="money" data-testid="duties-now">{money(record.charges_at_checkout)}</td>
            </tr>
            <tr>
              <th scope="row">{tc("payOnDelivery")}</th>
              <td colSpan={2} className="money" data-testid="duties-on-delivery">{money(record.charges_on_delivery)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {parcels > 1 && <p className="muted">{tc("parcelsNote", { count: parcels })}</p>}
      {record.unknowns.length > 0 && (
        <div className="notice">
          <p>{t("unknowns")}</p>
          <ul lang="en">{record.unknowns.map((u) => <li key={u}>{u}</li>)}</ul>
        </div>
      )}
    </>
  )
}
