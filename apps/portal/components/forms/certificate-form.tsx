"use client"
import type { FormState } from "@/lib/form"
import { ErrorSummary, Notice, SelectField, TextField } from "../field"
import { useActionForm } from "../use-action-form"

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>
  fields: Record<"type" | "number" | "issuer" | "valid_from" | "valid_until" | "file", { label: string; hint: string }>
  types: Record<string, string>
  text: { submit: string; errorSummary: string; required: string; choose: string }
}

/** A certificate with its scan (PDF, PNG or JPEG up to 10 MB). */
export function CertificateForm({ action, fields, types, text }: Props) {
  const { state, formAction, summaryRef, formRef, value } = useActionForm(action)
  const labels = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.label]))
  const field = (name: keyof Props["fields"]) => ({
    name,
    label: fields[name].label,
    hint: fields[name].hint || undefined,
    requiredText: text.required,
    error: state.errors[name],
  })
  return (
    <form action={formAction} ref={formRef} encType="multipart/form-data" noValidate>
      {state.ok && state.message ? <Notice>{state.message}</Notice> : null}
      <ErrorSummary title={text.errorSummary} message={state.ok ? undefined : state.message} errors={state.errors} labels={labels} summaryRef={summaryRef} />
      <div className="grid-fields">
        <SelectField
          {...field("type")}
          placeholder={text.choose}
          defaultValue={value("type")}
          options={Object.entries(types).map(([v, label]) => ({ value: v, label }))}
        />
        <TextField {...field("number")} defaultValue={value("number")} autoComplete="off" />
        <TextField {...field("issuer")} defaultValue={value("issuer")} />
        <TextField {...field("valid_from")} type="date" defaultValue={value("valid_from")} />
        <TextField {...field("valid_until")} type="date" defaultValue={value("valid_until")} />
      </div>
      <TextField {...field("file")} type="file" accept="application/pdf,image/png,image/jpeg" />
      <button type="submit">{text.submit}</button>
    </form>
  )
}
