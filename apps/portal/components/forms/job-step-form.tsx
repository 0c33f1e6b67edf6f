"use client"
import { useEffect, useState } from "react"
import type { FormState } from "@/lib/form"
import { ErrorSummary, Notice, TextArea, TextField } from "../field"
import { useActionForm } from "../use-action-form"

type Field = { name: string; label: string; hint?: string; kind: "textarea" | "datetime" | "photos"; required?: boolean }

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>
  fields: Field[]
  text: { submit: string; errorSummary: string; required: string }
  /** A step that ends the job (decline, cancel) looks secondary beside the way forward. */
  secondary?: boolean
}

/** The browser's UTC offset ("+06:00"), so a time typed on the partner's clock is sent as theirs. */
function utcOffset(): string {
  const minutes = -new Date().getTimezoneOffset()
  const abs = Math.abs(minutes)
  return `${minutes < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`
}

/** One step of a service job (accept, decline, schedule, complete with the report, cancel) as its own form. */
export function JobStepForm({ action, fields, text, secondary }: Props) {
  const { state, formAction, summaryRef, formRef, value } = useActionForm(action)
  const [offset, setOffset] = useState("")
  useEffect(() => setOffset(utcOffset()), [])
  const labels = Object.fromEntries(fields.map((f) => [f.name, f.label]))
  return (
    <form action={formAction} ref={formRef} noValidate>
      {state.ok && state.message ? <Notice>{state.message}</Notice> : null}
      <ErrorSummary title={text.errorSummary} message={state.ok ? undefined : state.message} errors={state.errors} labels={labels} summaryRef={summaryRef} />
      {fields.map((f) =>
        f.kind === "textarea" ? (
          <TextArea key={f.name} name={f.name} label={f.label} hint={f.hint} requiredText={f.required ? text.required : undefined} defaultValue={value(f.name)} error={state.errors[f.name]} />
        ) : f.kind === "datetime" ? (
          <TextField key={f.name} name={f.name} type="datetime-local" label={f.label} hint={f.hint} requiredText={f.required ? text.required : undefined} defaultValue={value(f.name)} error={state.errors[f.name]} />
        ) : (
          <TextField key={f.name} name={f.name} type="file" multiple accept="image/jpeg,image/png,image/webp" label={f.label} hint={f.hint} error={state.errors[f.name]} />
        )
      )}
      {fields.some((f) => f.kind === "datetime") ? <input type="hidden" name="tz_offset" value={offset} /> : null}
      <button type="submit" className={secondary ? "secondary" : undefined}>
        {text.submit}
      </button>
    </form>
  )
}
