import { getTranslations } from "next-intl/server"
import { askManufacturer } from "@/app/[view]/[countryCode]/actions"
import { isolate } from "@/lib/format"
import type { Product } from "@/lib/medusa"
import { fitsRange, recommend, type SizingRule } from "@/lib/sizing"

type Props = {
  rule: SizingRule
  product: Product
  countryCode: string
  measured?: string
  /** What became of an "ask the manufacturer" post: sent, or the field to correct. */
  ask?: string
  loggedIn: boolean
}

/**
 * Size chart and a measurement form (GET, no script) that names the variant that fits, and why; and
 * "ask the manufacturer", which sends the measurement to the manufacturer's portal as a fitting request.
 */
export async function SizingHelp({ rule, product, countryCode, measured, ask, loggedIn }: Props) {
  const t = await getTranslations("sizing")
  const value = Number(measured)
  const inRange = !!measured && value >= rule.min && value <= rule.max
  const fit = inRange ? recommend(rule, value, product.variants) : null
  return (
    <section aria-labelledby="sizing">
      <h2 id="sizing">{t("title")}</h2>
      <table>
        <caption>{t("chart")}</caption>
        <thead>
          <tr>
            <th scope="col" lang="en">{rule.option}</th>
            <th scope="col">{t(`fits.${rule.measurement}`)}</th>
          </tr>
        </thead>
        <tbody>
          {product.variants.map((v) => {
            const range = fitsRange(rule, v.title)
            return (
              <tr key={v.id}>
                <th scope="row" lang="en">{v.title}</th>
                <td>{range ? t("range", { from: range[0], to: range[1] }) : "—"}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <form method="get" action={`/${countryCode}/products/${product.handle}#sizing`}>
        <label htmlFor="measure">{t(`measure.${rule.measurement}`)}</label>
        <p id="measure-help" className="muted">{t(`how.${rule.measurement}`)}</p>
        <input id="measure" name="measure" type="number" min={rule.min} max={rule.max} step="0.5" inputMode="decimal" required aria-describedby="measure-help" defaultValue={measured} />
        <button type="submit">{t("find")}</button>
      </form>
      {fit && (
        <div role="status" className="notice" data-testid="size-advice">
          {fit.variant ? (
            <p>
              {t(`advice.${fit.reason}`, { value: isolate(fit.value), measured: value })}{" "}
              <a href={`/${countryCode}/products/${product.handle}?fit=${fit.variant}#buy-title`}>{t("choose")}</a>
            </p>
          ) : (
            <p>{t("askMaker")}</p>
          )}
        </div>
      )}
      <h3 id="ask" tabIndex={-1}>{t("ask.title")}</h3>
      {ask === "sent" ? (
        <p role="status" className="notice" data-testid="ask-sent">{t(loggedIn ? "ask.sentAccount" : "ask.sentEmail")}</p>
      ) : (
        <form action={askManufacturer} aria-labelledby="ask" data-testid="ask-form">
          <p className="muted">{t("ask.intro")}</p>
          <input type="hidden" name="countryCode" value={countryCode} />
          <input type="hidden" name="handle" value={product.handle} />
          <input type="hidden" name="product_id" value={product.id} />
          <input type="hidden" name="measurement" value={rule.measurement} />
          <div className="field">
            <label htmlFor="ask-measure">{t(`ask.measure.${rule.measurement}`)}</label>
            {ask === "measure" && <p id="ask-measure-error" className="error">{t("ask.badMeasure", { min: rule.min, max: rule.max })}</p>}
            <input
              id="ask-measure"
              name="measured_cm"
              type="number"
              min={rule.min}
              max={rule.max}
              step="0.5"
              inputMode="decimal"
              required
              aria-invalid={ask === "measure" || undefined}
              aria-describedby={ask === "measure" ? "ask-measure-error measure-help" : "measure-help"}
              defaultValue={inRange ? measured : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor="ask-note">{t("ask.note")} <span className="muted">({t("ask.optional")})</span></label>
            <textarea id="ask-note" name="note" rows={3} maxLength={1000} />
          </div>
          {!loggedIn && (
            <div className="field">
              <label htmlFor="ask-email">{t("ask.email")}</label>
              <p id="ask-email-hint" className="muted hint">{t("ask.emailHint")}</p>
              {ask === "email" && <p id="ask-email-error" className="error">{t("ask.badEmail")}</p>}
              <input
                id="ask-email"
                name="email"
                type="email"
                autoComplete="email"
                required
                dir="ltr"
                aria-invalid={ask === "email" || undefined}
                aria-describedby={ask === "email" ? "ask-email-error ask-email-hint" : "ask-email-hint"}
              />
            </div>
          )}
          <button type="submit">{t("ask.send")}</button>
        </form>
      )}
    </section>
  )
}
