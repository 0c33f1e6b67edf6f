import { getTranslations } from "next-intl/server"
import { isolate } from "@/lib/format"
import type { Product } from "@/lib/medusa"
import { fitsRange, recommend, type SizingRule } from "@/lib/sizing"

/** Size chart and a measurement form (GET, no script) that names the variant that fits, and why. */
export async function SizingHelp({ rule, product, countryCode, measured }: { rule: SizingRule; product: Product; countryCode: string; measured?: string }) {
  const t = await getTranslations("sizing")
  const value = Number(measured)
  const fit = measured && value >= rule.min && value <= rule.max ? recommend(rule, value, product.variants) : null
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
    </section>
  )
}
