import Link from "next/link"
import { JobStepForm } from "@/components/forms/job-step-form"
import { LoadError } from "@/components/shell"
import { acceptJob, cancelJob, completeJob, declineJob, scheduleJob } from "@/lib/actions/partner"
import { getMessages } from "@/lib/i18n"
import { call } from "@/lib/session"
import type { PartnerJob } from "@/lib/types"
import { formatWhen } from "../../when"

export function generateMetadata() {
  return { title: getMessages().nav.serviceJobs }
}

/** One of the partner's jobs: the device, whom to visit, the buyer's note and times, and the step it can take next. */
export default async function PartnerJobPage({ params }: { params: { id: string } }) {
  const t = getMessages()
  const p = t.partner
  let job: PartnerJob
  try {
    ;({ service_job: job } = await call<{ service_job: PartnerJob }>("partner", `/partner/service-jobs/${encodeURIComponent(params.id)}`))
  } catch (e) {
    return <LoadError error={e} />
  }
  const common = { errorSummary: t.common.errorSummary, required: t.common.required }
  const v = job.visit
  const open = job.status === "requested" || job.status === "accepted" || job.status === "scheduled"
  return (
    <>
      <p>
        <Link href="/partner">{p.back}</Link>
      </p>
      <h1>{p.jobTitle(p.services[job.service] ?? job.service)}</h1>
      <p>{p.statuses[job.status] ?? job.status}</p>
      <dl className="details">
        <dt>{p.device}</dt>
        <dd lang="en">{job.device ? [job.device.title, job.device.variant_title].filter(Boolean).join(" · ") : p.noDevice}</dd>
        <dt>{p.visit}</dt>
        <dd>
          {[[v?.first_name, v?.last_name].filter(Boolean).join(" "), v?.address_1, v?.address_2, [v?.postal_code, v?.city].filter(Boolean).join(" "), v?.country_code?.toUpperCase()]
            .filter(Boolean)
            .join(", ")}
          {v?.phone ? (
            <>
              {" · "}
              <a href={`tel:${v.phone.replace(/[^\d+]/g, "")}`} dir="ltr">
                {v.phone}
              </a>
            </>
          ) : null}
        </dd>
        {job.note ? (
          <>
            <dt>{p.buyerNote}</dt>
            <dd>{job.note}</dd>
          </>
        ) : null}
        <dt>{p.proposed}</dt>
        <dd>{job.proposed_times.map(formatWhen).join("; ")}</dd>
        {job.scheduled_at ? (
          <>
            <dt>{p.scheduledAt}</dt>
            <dd>{formatWhen(job.scheduled_at)}</dd>
          </>
        ) : null}
        {job.status_reason ? (
          <>
            <dt>{p.reason}</dt>
            <dd>{job.status_reason}</dd>
          </>
        ) : null}
      </dl>
      {job.status === "completed" ? (
        <section aria-labelledby="report">
          <h2 id="report">{p.report}</h2>
          <p>{job.report_summary}</p>
          {job.report_measurements && Object.keys(job.report_measurements).length ? (
            <>
              <h3>{p.measurements}</h3>
              <dl className="details">
                {Object.entries(job.report_measurements).map(([name, value]) => (
                  <div key={name}>
                    <dt>{name}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : null}
          {job.report_photos.length ? (
            <>
              <h3>{p.photos}</h3>
              <ul>
                {job.report_photos.map((photo) => (
                  <li key={photo.index}>
                    <a href={`/partner/jobs/${encodeURIComponent(job.id)}/photos/${photo.index}`}>{`${p.photo(photo.index + 1)}: ${photo.filename}`}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      {job.status === "requested" ? (
        <section aria-labelledby="answer" className="section">
          <h2 id="answer">{p.accept.submit}</h2>
          <JobStepForm action={acceptJob.bind(null, job.id)} fields={[]} text={{ ...common, submit: p.accept.submit }} />
          <JobStepForm action={declineJob.bind(null, job.id)} fields={[{ name: "reason", kind: "textarea", required: true, ...p.decline.reason }]} text={{ ...common, submit: p.decline.submit }} secondary />
        </section>
      ) : null}
      {job.status === "accepted" || job.status === "scheduled" ? (
        <>
          <section aria-labelledby="schedule" className="section">
            <h2 id="schedule">{p.schedule.submit}</h2>
            <JobStepForm action={scheduleJob.bind(null, job.id)} fields={[{ name: "scheduled_at", kind: "datetime", required: true, ...p.schedule.at }]} text={{ ...common, submit: p.schedule.submit }} />
          </section>
          {job.status === "scheduled" ? (
            <section aria-labelledby="complete" className="section">
              <h2 id="complete">{p.complete.submit}</h2>
              <JobStepForm
                action={completeJob.bind(null, job.id)}
                fields={[
                  { name: "summary", kind: "textarea", required: true, ...p.complete.summary },
                  { name: "measurements", kind: "textarea", ...p.complete.measurements },
                  { name: "photos", kind: "photos", ...p.complete.photos },
                ]}
                text={{ ...common, submit: p.complete.submit }}
              />
            </section>
          ) : null}
        </>
      ) : null}
      {open && job.status !== "requested" ? (
        <section aria-labelledby="cancel" className="section">
          <h2 id="cancel">{p.cancel.submit}</h2>
          <JobStepForm action={cancelJob.bind(null, job.id)} fields={[{ name: "reason", kind: "textarea", required: true, ...p.cancel.reason }]} text={{ ...common, submit: p.cancel.submit }} secondary />
        </section>
      ) : null}
    </>
  )
}
