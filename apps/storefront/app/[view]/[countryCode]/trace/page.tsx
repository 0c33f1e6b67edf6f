import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { formatDate } from "@/lib/format"
import { currentLocale } from "@/lib/request"
import { getRecallNotice, lookupUnit, type UnitMatch } from "@/lib/trace"
import { acknowledgeRecall } from "./actions"
import { certificateTypeName } from "@/lib/certificates"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trace"))("title"), robots: { index: false } }
}

type Search = { code?: string; notice?: string; token?: string }

/**
 * Check a device: the buyer enters the serial number or UDI from the label and sees whether this
 * marketplace shipped it, who made it, the certificates that cover it and any recall. A recall
 * notice's link opens here too, with the notice and the button to acknowledge it. Works without
 * JavaScript (a GET form and a server action).
 */
export default async function Trace({ params, searchParams }: { params: { countryCode: string }; searchParams: Search }) {
  const { countryCode } = params
  const code = searchParams.code?.trim().slice(0, 200)
  const [t, tp, locale] = await Promise.all([getTranslations("trace"), getTranslations("product"), currentLocale()])
  const [result, notice] = await Promise.all([
    code ? lookupUnit(code) : undefined,
    searchParams.notice && searchParams.token ? getRecallNotice(searchParams.notice, searchParams.token) : undefined,
  ])
  const invalid = result && "invalid" in result

  return (
    <>
      <h1>{t("title")}</h1>
      {searchParams.notice && (
        <section aria-labelledby="recall-notice" className="recall-notice">
          <h2 id="recall-notice">{t("noticeTitle")}</h2>
          {notice ? (
            <>
              <p role="alert" className="error">
                {t("noticeRecall", { product: notice.recall.product ?? "", date: formatDate(notice.recall.opened_at, locale) })}
              </p>
              <dl className="facts">
                <dt>{t("reason")}</dt>
                <dd lang="en">{notice.recall.reason}</dd>
                <dt>{t("yourUnits")}</dt>
                <dd>{notice.serials.join(", ")}</dd>
              </dl>
              {notice.acknowledged_at ? (
                <p role="status" className="notice" data-testid="acknowledged">
                  {t("acknowledged", { date: formatDate(notice.acknowledged_at, locale) })}
                </p>
              ) : (
                <form action={acknowledgeRecall}>
                  <input type="hidden" name="countryCode" value={countryCode} />
                  <input type="hidden" name="notice" value={notice.id} />
                  <input type="hidden" name="token" value={searchParams.token} />
                  <p>{t("acknowledgeHint")}</p>
                  <button type="submit">{t("acknowledge")}</button>
                </form>
              )}
            </>
          ) : (
            <p role="alert" className="error">{t("noticeInvalid")}</p>
          )}
        </section>
      )}

      <form method="get" action={`/${countryCode}/trace`} role="search" aria-label={t("formLabel")} noValidate>
        <p>
          <label htmlFor="code">{t("codeLabel")}</label>
          <br />
          <span id="code-hint" className="hint">{t("codeHint")}</span>
          <br />
          <input
            id="code"
            name="code"
            defaultValue={code}
            required
            maxLength={200}
            autoComplete="off"
            spellCheck={false}
            dir="ltr"
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? "code-hint code-error" : "code-hint"}
          />
          {invalid && <span id="code-error" className="error"> {t("invalid")}</span>}
        </p>
        <button type="submit">{t("check")}</button>
      </form>

      {result && !invalid && (
        <section aria-labelledby="trace-result" aria-live="polite">
          <h2 id="trace-result">{t("resultTitle", { code: code ?? "" })}</h2>
          {"notFound" in result ? (
            <p role="alert" className="error" data-testid="trace-not-found">{t("notFound")}</p>
          ) : (
            result.matches.map(renderMatch)
          )}
        </section>
      )}
    </>
  )

  function renderMatch(match: UnitMatch) {
    const open = match.recalls.filter((r) => r.status === "open")
    return (
      <article key={`${match.manufacturer.handle}-${match.unit.serial}`} aria-label={t("unit", { serial: match.unit.serial })} data-testid="trace-match">
        {match.authentic ? (
          <p className="notice" data-testid="trace-authentic">{t("authentic")}</p>
        ) : (
          <p role="alert" className="error" data-testid="trace-mismatch">
            {t("mismatch", { fields: match.mismatched.map((f) => t(`field.${f}`)).join(", ") })}
          </p>
        )}
        {open.length > 0 && (
          <p role="alert" className="error" data-testid="trace-recall">{t("recalled", { count: open.length })}</p>
        )}
        <dl className="facts">
          <dt>{t("product")}</dt>
          <dd lang="en">
            {match.product.handle ? <Link href={`/${countryCode}/products/${match.product.handle}`}>{match.product.title}</Link> : match.product.title}
          </dd>
          <dt>{t("manufacturer")}</dt>
          <dd>
            <span lang="en">{match.manufacturer.legal_name_en}</span> · <span lang="zh">{match.manufacturer.legal_name_zh}</span>
            <span lang="en">, {match.manufacturer.city}, {match.manufacturer.province}</span>
          </dd>
          <dt>{t("serial")}</dt>
          <dd dir="ltr">{match.unit.serial}</dd>
          {match.unit.lot && (
            <>
              <dt>{t("field.lot")}</dt>
              <dd dir="ltr">{match.unit.lot}</dd>
            </>
          )}
          {match.unit.expiry_date && (
            <>
              <dt>{t("field.expiry_date")}</dt>
              <dd>{formatDate(match.unit.expiry_date, locale)}</dd>
            </>
          )}
        </dl>
        <h3>{tp("certificates")}</h3>
        {match.certificates.length ? (
          <ul>
            {match.certificates.map((c) => (
              <li key={c.number}>
                {tp("certificate", { type: certificateTypeName(tp, c.type), number: c.number, issuer: c.issuer, from: formatDate(c.valid_from, locale), until: formatDate(c.valid_until, locale) })}
              </li>
            ))}
          </ul>
        ) : (
          <p>{tp("noCertificates")}</p>
        )}
        <h3>{t("recalls")}</h3>
        {match.recalls.length ? (
          <ul>
            {match.recalls.map((r) => (
              <li key={r.opened_at}>
                {t(r.status === "open" ? "recallOpen" : "recallClosed", { date: formatDate(r.opened_at, locale) })}{" "}
                <span lang="en">{r.reason}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("noRecalls")}</p>
        )}
      </article>
    )
  }
}
