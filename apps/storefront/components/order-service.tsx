import { getFormatter, getTranslations } from "next-intl/server"
import { bookService } from "@/app/[view]/[countryCode]/actions"
import { PARTNER_SERVICES, type Order, type ServiceJob, type ServicePartner } from "@/lib/medusa"

/** What became of a booking: sent, or what to correct (set by the server action). */
export const BOOKING_OUTCOMES = ["booked", "time", "partner", "invalid"] as const
export type BookingOutcome = (typeof BOOKING_OUTCOMES)[number]

type Props = { order: Order; countryCode: string; partners: ServicePartner[]; jobs: ServiceJob[]; outcome?: BookingOutcome }

/**
 * "Service near you" on the buyer's order: the services booked (with the partner's report when done), the verified
 * fitting centres, repairers and clinics in the order's country (its city first), and a plain form (no script) to book one.
 */
export async function OrderService({ order, countryCode, partners, jobs, outcome }: Props) {
  const t = await getTranslations("service")
  const format = await getFormatter()
  const when = (iso: string) => <time dateTime={iso}>{format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" })}</time>
  const products = order.items.filter((i, n, all) => i.product_id && all.findIndex((o) => o.product_id === i.product_id) === n)
  return (
    <section aria-labelledby="service" data-testid="order-service">
      <h2 id="service" tabIndex={-1}>{t("title")}</h2>
      {jobs.length > 0 && (
        <>
          <h3 className="h3">{t("booked")}</h3>
          <ul className="service-jobs" data-testid="service-jobs">
            {jobs.map((j) => (
              <li key={j.id} data-status={j.status}>
                <p>
                  <strong>{t(`services.${j.service}`)}</strong> · <bdi lang="en">{j.partner?.legal_name}</bdi> · {t(`status.${j.status}`)}
                  {j.scheduled_at && j.status === "scheduled" && <> · {when(j.scheduled_at)}</>}
                </p>
                {j.status_reason && <p>{t("reason")} <bdi>{j.status_reason}</bdi></p>}
                {j.report_summary && <p><strong>{t("report")}</strong> <bdi>{j.report_summary}</bdi></p>}
                {j.report_measurements && Object.keys(j.report_measurements).length > 0 && (
                  <dl className="measurements">
                    {Object.entries(j.report_measurements).map(([name, value]) => (
                      <div key={name}>
                        <dt><bdi>{name.replaceAll("_", " ")}</bdi></dt>
                        <dd><bdi>{value}</bdi></dd>
                      </div>
                    ))}
                  </dl>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="h3">{t("near")}</h3>
      {partners.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <ul className="service-partners" data-testid="service-partners">
            {partners.map((p) => (
              <li key={p.id}>
                <p><strong><bdi lang="en">{p.legal_name}</bdi></strong> · {t(`kind.${p.kind}`)}{p.in_city === false && <> · <bdi>{p.city}</bdi></>}</p>
                <p><bdi>{p.address}</bdi></p>
                <p>{t("offers")} {p.services.map((s) => t(`services.${s}`)).join(", ")}</p>
                <p>{t("languages")} <span dir="ltr">{p.languages.join(", ")}</span> · {t("hours")} <bdi>{p.opening_hours}</bdi></p>
                <p>{t("phone")} <a href={`tel:${p.contact_phone.replace(/[^\d+]/g, "")}`} dir="ltr">{p.contact_phone}</a></p>
              </li>
            ))}
          </ul>
          {outcome === "booked" && <p role="status" className="notice" data-testid="service-booked">{t("sent")}</p>}
          {outcome && outcome !== "booked" && <p role="alert" className="error" id="service-error">{t(`errors.${outcome}`)}</p>}
          <form action={bookService} aria-labelledby="service-book" data-testid="service-form">
            <h3 id="service-book" className="h3">{t("book")}</h3>
            <input type="hidden" name="countryCode" value={countryCode} />
            <input type="hidden" name="order_id" value={order.id} />
            <div className="field">
              <label htmlFor="service-partner">{t("partner")}</label>
              <select id="service-partner" name="partner_id" required aria-invalid={outcome === "partner" || undefined} aria-describedby={outcome === "partner" ? "service-error" : undefined}>
                {partners.map((p) => (
                  <option key={p.id} value={p.id}>{p.legal_name} ({p.city})</option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="service-kind">{t("service")}</label>
              <select id="service-kind" name="service" required>
                {PARTNER_SERVICES.map((s) => (
                  <option key={s} value={s}>{t(`services.${s}`)}</option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="service-product">{t("device")}</label>
              <select id="service-product" name="product_id">
                <option value="">{t("noDevice")}</option>
                {products.map((i) => (
                  <option key={i.id} value={i.product_id!}>{i.product_title ?? i.title}</option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="service-time">{t("time")}</label>
              <p id="service-time-hint" className="muted hint">{t("timeHint")}</p>
              <input
                id="service-time"
                name="proposed_time"
                type="datetime-local"
                required
                aria-invalid={outcome === "time" || undefined}
                aria-describedby={["service-time-hint", outcome === "time" ? "service-error" : ""].filter(Boolean).join(" ")}
              />
            </div>
            <div className="field">
              <label htmlFor="service-note">{t("note")} <span className="muted">({t("optional")})</span></label>
              <textarea id="service-note" name="note" rows={3} maxLength={2000} />
            </div>
            <button type="submit">{t("send")}</button>
          </form>
        </>
      )}
    </section>
  )
}
