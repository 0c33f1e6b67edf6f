import { getTranslations } from "next-intl/server"
import { formatPrice } from "@/lib/format"
import { isDutiesLine, type Cart, type Order } from "@/lib/medusa"
import { currentLocale } from "@/lib/request"

/** Items and totals of a cart or an order; at 320 px the table scrolls in its own region, not the page. */
export async function OrderSummary({ of, caption }: { of: Cart | Order; caption: string }) {
  const [t, locale] = await Promise.all([getTranslations("summary"), currentLocale()])
  const money = (n: number) => formatPrice(n, of.currency_code, locale)
  return (
    <div className="table-scroll" role="region" aria-labelledby="order-summary-caption" tabIndex={0}>
      <table data-testid="order-summary">
        <caption id="order-summary-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("item")}</th>
            <th scope="col">{t("quantity")}</th>
            <th scope="col">{t("total")}</th>
          </tr>
        </thead>
        <tbody>
          {of.items.map((i) => (
            <tr key={i.id}>
              {isDutiesLine(i) ? (
                <th scope="row">{t("duties")}</th>
              ) : (
                <th scope="row" lang="en">{i.product_title} · {i.variant_title}</th>
              )}
              <td>{i.quantity}</td>
              <td className="money">{money(i.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr><th scope="row" colSpan={2}>{t("subtotal")}</th><td className="money">{money(of.item_subtotal)}</td></tr>
          <tr><th scope="row" colSpan={2}>{t("shipping")}</th><td className="money">{money(of.shipping_total)}</td></tr>
          <tr><th scope="row" colSpan={2}>{t("tax")}</th><td className="money">{money(of.tax_total)}</td></tr>
          <tr><th scope="row" colSpan={2}>{t("grandTotal")}</th><td className="money" data-testid="grand-total">{money(of.total)}</td></tr>
        </tfoot>
      </table>
    </div>
  )
}
