import { COMPLAINT_CATEGORIES } from "@aem/trade-kit"
import { getTranslations } from "next-intl/server"
import { reportProblem } from "@/app/[view]/[countryCode]/actions"
import type { Complaint, Order } from "@/lib/medusa"

/** What became of a report: sent, or the field to correct (set by the server action). */
export const REPORT_OUTCOMES = ["sent", "item", "description", "serial", "invalid"] as const
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number]

type Props = { order: Order; countryCode: string; complaints: Complaint[]; outcome?: ReportOutcome }

/**
 * "Report a problem" on the buyer's order: a plain form (no script) that files a complaint with the
 * manufacturer of the item named, and the complaints already filed with their answers.
 */
export async function ReportProblem({ order, countryCode, complaints, outcome }: Props) {
  const t = await getTranslations("complaint")
  const itemOf = (lineId: string | null) => order.items.find((i) => i.id === lineId)
  const invalid = (field: ReportOutcome) => (outcome === field ? true : undefined)
  const errorId = (field: ReportOutcome) => (outcome === field ? `report-${field}-error` : undefined)
  return (
    <section aria-labelledby="report">
      <h2 id="report" tabIndex={-1}>{t("title")}</h2>
      {complaints.length > 0 && (
        <ul className="complaints" data-testid="complaints">
          {complaints.map((c) => (
            <li key={c.id}>
              <p>
                <strong>{t(`category.${c.category}`)}</strong>
                {itemOf(c.line_item_id) && <> · {itemOf(c.line_item_id)!.product_title ?? itemOf(c.line_item_id)!.title}</>}
                {c.serial && <> · <span dir="ltr">{c.serial}</span></>} · {t(`status.${c.status}`)}
              </p>
              <p>{c.description}</p>
              {c.answer && <p><strong>{t("answer")}</strong> {c.answer}</p>}
              {c.resolution && <p><strong>{t("resolution")}</strong> {c.resolution}</p>}
            </li>
          ))}
        </ul>
      )}
      {outcome === "sent" && <p role="status" className="notice" data-testid="report-sent">{t("sent")}</p>}
      {outcome === "invalid" && <p role="alert" className="error">{t("errors.invalid")}</p>}
      <form action={reportProblem} aria-labelledby="report" data-testid="report-form">
        <p className="muted">{t("intro")}</p>
        <input type="hidden" name="countryCode" value={countryCode} />
        <input type="hidden" name="order_id" value={order.id} />
        <div className="field">
          <label htmlFor="report-item">{t("item")}</label>
          {outcome === "item" && <p id="report-item-error" className="error">{t("errors.item")}</p>}
          <select id="report-item" name="line_item_id" aria-invalid={invalid("item")} aria-describedby={errorId("item")}>
            <option value="">{t("wholeOrder")}</option>
            {order.items.map((i) => (
              <option key={i.id} value={i.id}>
                {[i.product_title ?? i.title, i.variant_title].filter(Boolean).join(" · ")}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="report-category">{t("categoryLabel")}</label>
          <select id="report-category" name="category" required>
            {COMPLAINT_CATEGORIES.map((c) => (
              <option key={c} value={c}>{t(`category.${c}`)}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="report-description">{t("description")}</label>
          <p id="report-description-hint" className="muted hint">{t("descriptionHint")}</p>
          {outcome === "description" && <p id="report-description-error" className="error">{t("errors.description")}</p>}
          <textarea
            id="report-description"
            name="description"
            rows={4}
            minLength={10}
            maxLength={4000}
            required
            aria-invalid={invalid("description")}
            aria-describedby={[errorId("description"), "report-description-hint"].filter(Boolean).join(" ")}
          />
        </div>
        <div className="field">
          <label htmlFor="report-serial">{t("serial")} <span className="muted">({t("optional")})</span></label>
          <p id="report-serial-hint" className="muted hint">{t("serialHint")}</p>
          {outcome === "serial" && <p id="report-serial-error" className="error">{t("errors.serial")}</p>}
          <input
            id="report-serial"
            name="serial"
            type="text"
            maxLength={60}
            dir="ltr"
            autoComplete="off"
            aria-invalid={invalid("serial")}
            aria-describedby={[errorId("serial"), "report-serial-hint"].filter(Boolean).join(" ")}
          />
        </div>
        <button type="submit">{t("send")}</button>
      </form>
    </section>
  )
}
