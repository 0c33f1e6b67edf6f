import Link from "next/link"
import { notFound } from "next/navigation"
import { ExceptionForm, HandOverForm, PackagesForm, ResolveExceptionForm, WaybillCorrectionForm } from "@/components/forms/park-forms"
import { Notice } from "@/components/field"
import { correctWaybill, handOver, recordException, recordPackages, resolveException } from "@/lib/actions/operator"
import { BackendError } from "@/lib/backend"
import { getLang, getMessages } from "@/lib/i18n"
import { EXCEPTION_KINDS } from "@/lib/schemas"
import { call } from "@/lib/session"
import type { Consignment } from "@/lib/types"
import { TableWrap } from "@/components/table-wrap"

export function generateMetadata() {
  return { title: getMessages().nav.park }
}

const time = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }).format(new Date(iso))

/**
 * One consignment as the operator works it: contents, customs' status, weighing and packing, the
 * label and packing list, hand-over (only once customs has released it), a waybill correction after it,
 * exceptions and the timeline.
 */
export default async function ConsignmentPage({ params, searchParams }: { params: { id: string }; searchParams: { done?: string; rows?: string; resolve?: string } }) {
  const t = getMessages()
  const p = t.park
  const lang = getLang()
  let c: Consignment
  try {
    ;({ consignment: c } = await call<{ consignment: Consignment }>("operator", `/operator/consignments/${encodeURIComponent(params.id)}`))
  } catch (e) {
    if (e instanceof BackendError && e.status === 404) notFound()
    throw e
  }
  const customs = c.customs.status ? (t.declaration.statuses[c.customs.status] ?? c.customs.status) : "—"
  const before = (s: string) => ["allocated", "received"].includes(s)
  const blocked = before(c.status) ? p.notPacked : c.customs.status !== "released" ? p.notReleased(customs) : undefined
  const leftPark = ["handed_over", "in_transit", "delivered"].includes(c.status)
  // Rows for every package expected or recorded, one spare; "one more package" adds a row without JavaScript.
  const rows = Math.min(200, Math.max(Number(searchParams.rows) || 0, c.expected_packages, c.packages.length + 1, 1))
  const self = `/park/consignments/${encodeURIComponent(c.id)}`
  const ih = p.itemHeaders
  const th = p.timelineHeaders
  const oh = p.openHeaders
  const ch = p.correctionHeaders
  // The exception chosen to resolve (`?resolve=`): its form stands in for the one recording a new exception.
  const resolving = c.open_exceptions.find((x) => x.id === searchParams.resolve)
  const resolved = !!searchParams.resolve && !resolving && c.timeline.some((e) => e.code === "exception_resolved")
  return (
    <>
      <p>
        <Link href="/park">{p.back}</Link>
      </p>
      <h1>{p.detail(c.barcode)}</h1>
      {searchParams.done === "received" ? <Notice>{p.received(c.barcode)}</Notice> : null}
      <dl className="facts">
        <dt>{p.facts.status}</dt>
        <dd data-testid="consignment-status">
          {p.statuses[c.status] ?? c.status}
          {c.exception ? <strong className="status-rejected"> · {p.exceptionFlag}</strong> : null}
        </dd>
        <dt>{p.facts.customs}</dt>
        <dd data-testid="customs-status">{customs}</dd>
        {c.customs.reason ? (
          <>
            <dt>{p.facts.customsReason}</dt>
            <dd lang="zh-CN">{c.customs.reason}</dd>
          </>
        ) : null}
        <dt>{p.facts.order}</dt>
        <dd>{c.customs.order_no ?? "—"}</dd>
        <dt>{p.facts.maker}</dt>
        <dd>{(lang === "zh" ? c.manufacturer.name_zh : c.manufacturer.name) ?? "—"}</dd>
        <dt>{p.facts.destination}</dt>
        <dd>{c.destination_country.toUpperCase()}</dd>
        <dt>{p.facts.expected}</dt>
        <dd>{c.expected_packages}</dd>
        {c.waybill_number ? (
          <>
            <dt>{p.facts.carrier}</dt>
            <dd>{c.carrier}</dd>
            <dt>{p.facts.waybill}</dt>
            <dd>{c.waybill_number}</dd>
          </>
        ) : null}
      </dl>

      <TableWrap>
        <table>
          <caption>{p.items}</caption>
          <thead>
            <tr>
              <th scope="col">{ih.title}</th>
              <th scope="col">{ih.sku}</th>
              <th scope="col">{ih.qty}</th>
              <th scope="col">{ih.hs}</th>
            </tr>
          </thead>
          <tbody>
            {c.items.map((i, n) => (
              <tr key={`${i.sku}-${n}`}>
                <th scope="row">{[i.title, i.variant_title].filter(Boolean).join(" · ")}</th>
                <td>{i.sku ?? "—"}</td>
                <td>{i.quantity}</td>
                <td>{i.hs_code ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>

      <section aria-labelledby="print" className="section">
        <h2 id="print">{p.print}</h2>
        <ul className="actions plain-list">
          <li>
            <a href={`${self}/label`} target="_blank" rel="noopener">
              {p.label}
            </a>
          </li>
          <li>
            <a href={`${self}/packing-list`} target="_blank" rel="noopener">
              {p.packingList}
            </a>
          </li>
        </ul>
      </section>

      {leftPark ? null : (
        <section aria-labelledby="packages" className="section">
          <h2 id="packages">{p.packagesTitle}</h2>
          <p className="hint">{p.packagesHint}</p>
          {c.status === "allocated" ? <p className="blocked">{p.notReceived}</p> : (
            <>
              <PackagesForm
                action={recordPackages.bind(null, c.id)}
                rows={rows}
                recorded={c.packages}
                text={{
                  legends: Array.from({ length: rows }, (_, i) => p.packageLegend(i + 1)),
                  weight: p.weight,
                  length: p.length,
                  width: p.width,
                  height: p.height,
                  submit: p.savePackages,
                  errorSummary: t.common.errorSummary,
                  required: t.common.required,
                }}
              />
              <p>
                <Link href={`${self}?rows=${rows + 1}#packages`}>{p.morePackages}</Link>
              </p>
            </>
          )}
        </section>
      )}

      <section aria-labelledby="hand-over" className="section">
        <h2 id="hand-over">{p.handOverTitle}</h2>
        {leftPark ? (
          // After the hand-over the form is gone (the page is re-read): this says it went, and to whom.
          <Notice>{`${p.handedOver} ${c.carrier ?? ""} ${c.waybill_number ?? ""}`.trim()}</Notice>
        ) : (
          <HandOverForm
            action={handOver.bind(null, c.id)}
            blocked={blocked}
            text={{ carrier: p.carrier, waybill: p.waybill, submit: p.handOver, blockedTitle: p.handOverBlocked, errorSummary: t.common.errorSummary, required: t.common.required }}
          />
        )}
      </section>

      {c.waybill_number ? (
        <section aria-labelledby="correction" className="section">
          <h2 id="correction">{p.correctionTitle}</h2>
          <p className="hint">{p.correctionHint}</p>
          {c.waybill_corrections.length ? (
            <TableWrap>
              <table>
                <caption>{p.corrections}</caption>
                <thead>
                  <tr>
                    <th scope="col">{ch.when}</th>
                    <th scope="col">{ch.from}</th>
                    <th scope="col">{ch.to}</th>
                    <th scope="col">{ch.reason}</th>
                    <th scope="col">{ch.by}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.waybill_corrections.map((w) => (
                    <tr key={w.id}>
                      <td>{time(w.created_at, lang)}</td>
                      <td>{`${w.previous_carrier} ${w.previous_waybill_number}`}</td>
                      <th scope="row">{`${w.carrier} ${w.waybill_number}`}</th>
                      <td>{w.reason}</td>
                      <td>{w.corrected_by_name ?? w.corrected_by}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          ) : null}
          <WaybillCorrectionForm
            action={correctWaybill.bind(null, c.id)}
            carrier={c.carrier ?? ""}
            text={{ waybill: p.newWaybill, carrier: p.correctionCarrier, reason: p.correctionReason, submit: p.correct, errorSummary: t.common.errorSummary, required: t.common.required }}
          />
        </section>
      ) : null}

      {c.open_exceptions.length ? (
        <section aria-labelledby="open-exceptions" className="section">
          <TableWrap>
            <table>
              <caption>
                <h2 id="open-exceptions">{p.openExceptions}</h2>
              </caption>
              <thead>
                <tr>
                  <th scope="col">{oh.when}</th>
                  <th scope="col">{oh.kind}</th>
                  <th scope="col">{oh.note}</th>
                  <th scope="col">{oh.resolve}</th>
                </tr>
              </thead>
              <tbody>
                {c.open_exceptions.map((x) => (
                  <tr key={x.id}>
                    <td>{time(x.occurred_at, lang)}</td>
                    <th scope="row">{p.kinds[x.kind] ?? x.kind}</th>
                    <td>{x.note ?? ""}</td>
                    <td>
                      <Link href={`${self}?resolve=${encodeURIComponent(x.id)}#exception`}>
                        {p.resolve}
                        <span className="visually-hidden">{` ${p.kinds[x.kind] ?? x.kind} ${time(x.occurred_at, lang)}`}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
      ) : null}

      <section aria-labelledby="exception" className="section">
        {resolving ? (
          <>
            <h2 id="exception">{p.resolveTitle(p.kinds[resolving.kind] ?? resolving.kind)}</h2>
            <ResolveExceptionForm
              action={resolveException.bind(null, c.id, resolving.id)}
              text={{ note: p.resolution, submit: p.markResolved, errorSummary: t.common.errorSummary, required: t.common.required }}
            />
          </>
        ) : (
          <>
            <h2 id="exception">{p.exceptionTitle}</h2>
            {resolved ? <Notice>{p.exceptionResolved}</Notice> : null}
            <ExceptionForm
              action={recordException.bind(null, c.id)}
              kinds={EXCEPTION_KINDS.map((k) => ({ value: k, label: p.kinds[k] }))}
              text={{ kind: p.exceptionKind, note: p.note, submit: p.recordException, choose: p.choose, errorSummary: t.common.errorSummary, required: t.common.required }}
            />
          </>
        )}
      </section>

      <section aria-labelledby="timeline" className="section">
        <TableWrap>
          <table>
            <caption>
              <h2 id="timeline">{p.timeline}</h2>
            </caption>
            <thead>
              <tr>
                <th scope="col">{th.when}</th>
                <th scope="col">{th.event}</th>
                <th scope="col">{th.where}</th>
                <th scope="col">{th.source}</th>
                <th scope="col">{th.note}</th>
              </tr>
            </thead>
            <tbody>
              {c.timeline.map((e) => (
                <tr key={e.id}>
                  <td>{time(e.occurred_at, lang)}</td>
                  <th scope="row">{p.events[e.code] ?? (e.code.startsWith("customs_") ? `${t.declaration.title}: ${t.declaration.statuses[e.code.slice(8)] ?? e.code}` : e.code)}</th>
                  <td>{e.location ?? "—"}</td>
                  <td>{e.source}</td>
                  <td>{e.note ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>
    </>
  )
}
