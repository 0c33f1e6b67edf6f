import Link from "next/link"
import { resubmitDeclaration } from "@/lib/actions/vendor"
import { formatDate, getMessages } from "@/lib/i18n"
import type { Declaration } from "@/lib/types"
import { Notice } from "./field"
import { TableWrap } from "@/components/table-wrap"

/**
 * Where customs has got with an order's export declaration; when customs rejected it (or it could not
 * be built), why, and the way to declare it again once the product data is corrected.
 */
export function DeclarationSection({
  orderId,
  declaration,
  products,
  done,
  refused,
}: {
  orderId: string
  declaration: Declaration | null
  /** The order's products, each linked to its editor, where the cause is corrected. */
  products: { id: string; title: string }[]
  done: boolean
  refused?: string
}) {
  const t = getMessages().declaration
  const canResubmit = declaration && (declaration.status === "rejected" || (declaration.status === "draft" && !!declaration.problem))
  const h = t.receiptHeaders
  return (
    <section aria-labelledby="declaration" className="section">
      <h2 id="declaration" tabIndex={-1}>
        {t.title}
      </h2>
      {done ? <Notice>{t.resubmitted}</Notice> : null}
      {refused ? (
        <p className="error-summary" role="alert">
          {t.refused} {refused}
        </p>
      ) : null}
      {!declaration ? (
        <p>{t.none}</p>
      ) : (
        <>
          <dl className="facts">
            <dt>{t.status}</dt>
            <dd data-testid="declaration-status">{t.statuses[declaration.status] ?? declaration.status}</dd>
            <dt>{t.number}</dt>
            <dd>
              {declaration.order_no} ({declaration.mode})
            </dd>
            <dt>{t.version}</dt>
            <dd>{declaration.version}</dd>
            {declaration.currency && declaration.declared_currency ? (
              <>
                <dt>{t.currency}</dt>
                <dd data-testid="declaration-currency">
                  {t.declaredIn(declaration.declared_currency, declaration.currency, declaration.exchange_rate, declaration.exchange_rate_month)}
                </dd>
              </>
            ) : null}
            {declaration.rejection_reason ? (
              <>
                <dt>{t.rejected}</dt>
                <dd lang="zh-CN">{declaration.rejection_reason}</dd>
              </>
            ) : null}
            {declaration.problem ? (
              <>
                <dt>{t.problem}</dt>
                <dd lang="en">{declaration.problem}</dd>
              </>
            ) : null}
            {declaration.cancellation_reason ? (
              <>
                <dt>{t.cancelled}</dt>
                <dd>{declaration.cancellation_reason}</dd>
              </>
            ) : null}
          </dl>
          {canResubmit ? (
            <form action={resubmitDeclaration}>
              <p className="hint" id="resubmit-hint">
                {t.fixHint}
              </p>
              <ul aria-label={t.products}>
                {products.map((p) => (
                  <li key={p.id}>
                    <Link href={`/products/${encodeURIComponent(p.id)}`}>{p.title}</Link>
                  </li>
                ))}
              </ul>
              <input type="hidden" name="order_id" value={orderId} />
              <input type="hidden" name="version" value={declaration.version} />
              <button type="submit" aria-describedby="resubmit-hint">
                {t.resubmit}
              </button>
            </form>
          ) : null}
          {declaration.receipts.length ? (
            <TableWrap>
              <table>
                <caption>{t.receipts}</caption>
                <thead>
                  <tr>
                    <th scope="col">{h.when}</th>
                    <th scope="col">{h.version}</th>
                    <th scope="col">{h.type}</th>
                    <th scope="col">{h.status}</th>
                    <th scope="col">{h.info}</th>
                  </tr>
                </thead>
                <tbody>
                  {declaration.receipts.map((r, i) => (
                    <tr key={`${r.type}-${r.version}-${i}`}>
                      <td>{r.return_time ? cebTime(r.return_time) : "—"}</td>
                      <td>{r.version}</td>
                      <th scope="row">{r.type}</th>
                      <td>{r.return_status ?? "—"}</td>
                      <td lang="zh-CN">{r.return_info ?? ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          ) : null}
        </>
      )}
    </section>
  )
}

/** CEB receipt times are China Standard Time, YYYYMMDDhhmmss (sometimes with milliseconds). */
function cebTime(value: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(value)
  return m ? `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6]}` : formatDate(value)
}
