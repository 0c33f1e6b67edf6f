import Link from "next/link"
import { SelectField, Notice } from "@/components/field"
import { LoadError } from "@/components/shell"
import { getLang, getMessages } from "@/lib/i18n"
import { call } from "@/lib/session"
import type { PartnerJob, PartnerMe } from "@/lib/types"
import { formatWhen } from "./when"
import { TableWrap } from "@/components/table-wrap"

export function generateMetadata() {
  return { title: getMessages().nav.serviceJobs }
}

const STATUSES = ["requested", "accepted", "scheduled", "completed", "declined", "cancelled"]

/** A service partner's jobs (its own only), its review status and the manufacturers that authorised it. */
export default async function PartnerJobsPage({ searchParams }: { searchParams: { status?: string } }) {
  const t = getMessages()
  const p = t.partner
  const status = STATUSES.includes(searchParams.status ?? "") ? searchParams.status : undefined
  let me: PartnerMe
  let jobs: PartnerJob[]
  try {
    ;[me, { service_jobs: jobs }] = await Promise.all([
      call<PartnerMe>("partner", "/partner/me"),
      call<{ service_jobs: PartnerJob[] }>("partner", "/partner/service-jobs", { query: { status } }),
    ])
  } catch (e) {
    return <LoadError error={e} />
  }
  const zh = getLang() === "zh"
  const partner = me.service_partner
  const h = p.headers
  return (
    <>
      <h1>{p.title(partner.legal_name)}</h1>
      {partner.status === "pending" ? <Notice>{p.review.pending}</Notice> : null}
      {partner.status === "rejected" || partner.status === "suspended" ? (
        <p className="error-summary" role="alert">
          {p.review[partner.status](partner.status_reason ?? "")}
        </p>
      ) : null}
      <section aria-labelledby="authorised">
        <h2 id="authorised">{p.authorisedBy}</h2>
        {me.authorisations.length ? (
          <ul>
            {me.authorisations.map((a, n) => (
              <li key={n}>
                {(zh ? a.manufacturer?.legal_name_zh : a.manufacturer?.legal_name_en) ?? a.manufacturer?.handle}
                {a.iso_classes?.length ? <> · ISO 9999 {a.iso_classes.join(", ")}</> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{p.noAuthorisations}</p>
        )}
      </section>
      <section aria-labelledby="jobs" className="section">
        <h2 id="jobs">{p.jobsTitle}</h2>
        <form method="get" className="actions">
          <SelectField name="status" label={p.filter} options={STATUSES.map((s) => ({ value: s, label: p.statuses[s] ?? s }))} placeholder={p.all} defaultValue={status} />
          <button type="submit" className="secondary">
            {p.show}
          </button>
        </form>
        {jobs.length ? (
          <TableWrap>
            <table>
              <caption>{`${p.jobsTitle} (${jobs.length})`}</caption>
              <thead>
                <tr>
                  <th scope="col">{h.service}</th>
                  <th scope="col">{h.status}</th>
                  <th scope="col">{h.device}</th>
                  <th scope="col">{h.visit}</th>
                  <th scope="col">{h.proposed}</th>
                  <th scope="col">{h.booked}</th>
                </tr>
              </thead>
              <tbody>
                {jobs.map((j) => (
                  <tr key={j.id}>
                    <td>
                      <Link href={`/partner/jobs/${encodeURIComponent(j.id)}`}>{p.services[j.service] ?? j.service}</Link>
                    </td>
                    <td>{p.statuses[j.status] ?? j.status}</td>
                    <td lang="en">{j.device ? j.device.title : p.noDevice}</td>
                    <td>{[j.visit?.city, j.visit?.country_code?.toUpperCase()].filter(Boolean).join(", ")}</td>
                    <td>{(j.status === "scheduled" && j.scheduled_at ? [j.scheduled_at] : j.proposed_times).map(formatWhen).join("; ")}</td>
                    <td>{formatWhen(j.created_at)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        ) : (
          <p>{p.none}</p>
        )}
      </section>
    </>
  )
}
