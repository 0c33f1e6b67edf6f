import { notFound } from "next/navigation"
import { CertificateTable } from "@/components/certificate-table"
import { DecisionForm } from "@/components/forms/decision-form"
import { decideStatus } from "@/lib/actions/admin"
import { BackendError } from "@/lib/backend"
import { formatDate, getMessages } from "@/lib/i18n"
import { call } from "@/lib/session"
import type { Manufacturer, ManufacturerStatus, ProductHoldRecord } from "@/lib/types"
import { TableWrap } from "@/components/table-wrap"

// Mirrors the backend's lifecycle so only possible decisions are offered; the backend still decides.
const NEXT: Record<ManufacturerStatus, ("approved" | "rejected" | "suspended")[]> = {
  pending: ["approved", "rejected"],
  approved: ["suspended"],
  suspended: ["approved"],
  rejected: [],
}

const CERTIFICATE_FIELDS = ["id", "type", "number", "issuer", "valid_from", "valid_until", "file_url"].map((f) => `+certificates.${f}`).join(",")

async function load(id: string): Promise<Manufacturer> {
  try {
    const { manufacturer } = await call<{ manufacturer: Manufacturer }>("admin", `/admin/manufacturers/${encodeURIComponent(id)}`, {
      query: { fields: CERTIFICATE_FIELDS },
    })
    return manufacturer
  } catch (e) {
    if (e instanceof BackendError && e.status === 404) notFound()
    throw e
  }
}

export async function generateMetadata({ params }: { params: { id: string } }) {
  return { title: (await load(params.id)).legal_name_en }
}

/** A manufacturer for review: its profile, certificates, status history, compliance holds and the decision. */
export default async function ManufacturerPage({ params }: { params: { id: string } }) {
  const t = getMessages()
  const m = await load(params.id)
  const { product_holds: holds } = await call<{ product_holds: ProductHoldRecord[] }>("admin", "/admin/product-holds", { query: { manufacturer_id: m.id } })
  const f = t.admin.fieldsShown
  const words = { approved: t.admin.approve, rejected: t.admin.reject, suspended: t.admin.suspend }
  const history = [...(m.status_changes ?? [])].sort((a, b) => b.created_at.localeCompare(a.created_at))
  return (
    <>
      <h1>
        <span lang="zh-CN">{m.legal_name_zh}</span>
      </h1>
      <p>
        <span className={`status-badge status-${m.status}`} data-testid="manufacturer-status">
          {t.status.names[m.status]}
        </span>
      </p>
      <h2>{t.admin.profile}</h2>
      <dl className="facts">
        <dt>{f.legal_name_en}</dt>
        <dd lang="en">{m.legal_name_en}</dd>
        <dt>{f.handle}</dt>
        <dd>{m.handle}</dd>
        <dt>{f.unified_social_credit_code}</dt>
        <dd>{m.unified_social_credit_code}</dd>
        <dt>{f.customs_code}</dt>
        <dd>{m.customs_code}</dd>
        <dt>{f.address}</dt>
        <dd>
          {m.province} {m.city} {m.address}
        </dd>
        <dt>{f.contact}</dt>
        <dd>
          {m.contact_name}, <a href={`mailto:${m.contact_email}`}>{m.contact_email}</a>, {m.contact_phone}
        </dd>
        {m.founded_year ? (
          <>
            <dt>{f.founded_year}</dt>
            <dd>{m.founded_year}</dd>
          </>
        ) : null}
      </dl>
      <h2>{t.admin.certificates}</h2>
      <CertificateTable certificates={m.certificates ?? []} caption={t.admin.certificates} />
      <h2>{t.admin.decision}</h2>
      {NEXT[m.status].length ? (
        <DecisionForm
          action={decideStatus.bind(null, m.id)}
          choices={NEXT[m.status].map((s) => ({ value: s, label: words[s] }))}
          text={{ legend: t.admin.decisionLegend, reason: t.admin.reason, submit: t.admin.apply, errorSummary: t.common.errorSummary, required: t.common.required }}
        />
      ) : (
        <p>{t.admin.noDecision}</p>
      )}
      <h2>{t.admin.history}</h2>
      {history.length ? (
        <TableWrap>
          <table>
            <caption className="visually-hidden">{t.admin.history}</caption>
            <thead>
              <tr>
                <th scope="col">{t.admin.historyHeaders.when}</th>
                <th scope="col">{t.admin.historyHeaders.change}</th>
                <th scope="col">{t.admin.historyHeaders.reason}</th>
                <th scope="col">{t.admin.historyHeaders.by}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((c, i) => (
                <tr key={c.id ?? i}>
                  <td>{formatDate(c.created_at)}</td>
                  <td>
                    {c.from_status ? `${t.status.names[c.from_status as ManufacturerStatus] ?? c.from_status} → ` : ""}
                    {t.status.names[c.to_status] ?? c.to_status}
                  </td>
                  <td>{c.reason ?? "—"}</td>
                  <td>{c.actor_type}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>{t.common.empty}</p>
      )}
      <h2>{t.admin.holds}</h2>
      {holds.length ? (
        <TableWrap>
          <table>
            <caption className="visually-hidden">{t.admin.holds}</caption>
            <thead>
              <tr>
                <th scope="col">{t.admin.holdsHeaders.product}</th>
                <th scope="col">{t.admin.holdsHeaders.kind}</th>
                <th scope="col">{t.admin.holdsHeaders.placed}</th>
                <th scope="col">{t.admin.holdsHeaders.lifted}</th>
              </tr>
            </thead>
            <tbody>
              {holds.map((h) => (
                <tr key={h.id}>
                  <td>{h.product_id}</td>
                  <td>
                    {t.products.holds.kinds[h.kind]}: {h.reason}
                  </td>
                  <td>
                    {formatDate(h.placed_at)}, {h.placed_by}
                  </td>
                  <td>{h.lifted_at ? `${formatDate(h.lifted_at)}, ${h.lifted_by}: ${h.lift_reason}` : t.admin.holdsHeaders.open}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>{t.common.empty}</p>
      )}
    </>
  )
}
