import Link from "next/link"
import { notFound } from "next/navigation"
import { ComplaintAnswerForm } from "@/components/forms/complaint-answer-form"
import { answerComplaint } from "@/lib/actions/vendor"
import { BackendError } from "@/lib/backend"
import { formatDate, getMessages } from "@/lib/i18n"
import { call } from "@/lib/session"
import type { Complaint } from "@/lib/types"

export function generateMetadata() {
  return { title: getMessages().complaints.detail }
}

/** One complaint: what the buyer reported, and the answer form (or the answer sent). */
export default async function ComplaintPage({ params }: { params: { id: string } }) {
  const t = getMessages()
  let complaint: Complaint
  try {
    ;({ complaint } = await call<{ complaint: Complaint }>("manufacturer", `/vendor/complaints/${encodeURIComponent(params.id)}`))
  } catch (e) {
    if (e instanceof BackendError && e.status === 404) notFound()
    throw e
  }
  const c = t.complaints
  return (
    <>
      <p>
        <Link href="/complaints">{c.back}</Link>
      </p>
      <h1>{c.detail}</h1>
      <dl className="facts">
        <dt>{c.headers.product}</dt>
        <dd lang="en">{complaint.product?.title ?? "—"}</dd>
        <dt>{c.headers.category}</dt>
        <dd>{c.categories[complaint.category]}</dd>
        <dt>{c.headers.order}</dt>
        <dd>
          <Link href={`/orders/${complaint.order_id}`}>{complaint.order_id}</Link>
        </dd>
        {complaint.serial ? (
          <>
            <dt>{c.serial}</dt>
            <dd dir="ltr">{complaint.serial}</dd>
          </>
        ) : null}
        <dt>{c.headers.date}</dt>
        <dd>{formatDate(complaint.created_at)}</dd>
        <dt>{c.headers.status}</dt>
        <dd>{c[complaint.status]}</dd>
        <dt>{c.description}</dt>
        {/* The buyer writes in their own language. */}
        <dd dir="auto">{complaint.description}</dd>
        {complaint.resolution ? (
          <>
            <dt>{c.resolution}</dt>
            <dd>{complaint.resolution}</dd>
          </>
        ) : null}
      </dl>
      {complaint.answer ? (
        <>
          <h2>{c.previous}</h2>
          <p dir="auto">{complaint.answer}</p>
          <p>{formatDate(complaint.answered_at!)}</p>
        </>
      ) : complaint.status === "open" ? (
        <>
          <h2>{c.answer}</h2>
          <ComplaintAnswerForm
            action={answerComplaint.bind(null, complaint.id)}
            text={{ answer: c.answer, answerHint: c.answerHint, submit: c.send, errorSummary: t.common.errorSummary, required: t.common.required }}
          />
        </>
      ) : null}
    </>
  )
}
