import Link from "next/link"
import { notFound } from "next/navigation"
import { FittingAnswerForm } from "@/components/forms/fitting-answer-form"
import { answerFittingRequest } from "@/lib/actions/vendor"
import { BackendError } from "@/lib/backend"
import { formatDate, getMessages } from "@/lib/i18n"
import { call } from "@/lib/session"
import type { FittingRequest } from "@/lib/types"

export function generateMetadata() {
  return { title: getMessages().fitting.detail }
}

/** One fitting request: what the buyer measured and wrote, and the answer form. */
export default async function FittingRequestPage({ params }: { params: { id: string } }) {
  const t = getMessages()
  let request: FittingRequest
  try {
    ;({ fitting_request: request } = await call<{ fitting_request: FittingRequest }>("manufacturer", `/vendor/fitting-requests/${encodeURIComponent(params.id)}`))
  } catch (e) {
    if (e instanceof BackendError && e.status === 404) notFound()
    throw e
  }
  const h = t.fitting.headers
  return (
    <>
      <p>
        <Link href="/fitting">{t.fitting.back}</Link>
      </p>
      <h1>{t.fitting.detail}</h1>
      <dl className="facts">
        <dt>{h.product}</dt>
        <dd lang="en">{request.product?.title ?? "—"}</dd>
        <dt>{h.measurement}</dt>
        <dd>
          {t.fitting.measurements[request.measurement]}: {request.measured_cm} cm
        </dd>
        <dt>{t.fitting.note}</dt>
        {/* The buyer writes in their own language, which the request names. */}
        <dd lang={request.note ? request.locale : undefined} dir="auto">
          {request.note ?? t.fitting.noNote}
        </dd>
        <dt>{h.buyer}</dt>
        <dd>
          {request.locale} / {request.country_code.toUpperCase()}
        </dd>
        <dt>{h.date}</dt>
        <dd>{formatDate(request.created_at)}</dd>
        <dt>{h.status}</dt>
        <dd>{request.status === "answered" ? `${t.fitting.answered} (${formatDate(request.answered_at!)})` : t.fitting.open}</dd>
      </dl>
      <h2>{request.status === "answered" ? t.fitting.previous : t.fitting.answer}</h2>
      <FittingAnswerForm
        action={answerFittingRequest.bind(null, request.id)}
        variants={(request.product?.variants ?? []).map((v) => ({ value: v.id, label: v.title }))}
        defaults={{ answer: request.answer ?? undefined, recommended_variant_id: request.recommended_variant?.id }}
        text={{ ...t.fitting, submit: t.fitting.send, errorSummary: t.common.errorSummary, required: t.common.required }}
      />
    </>
  )
}
