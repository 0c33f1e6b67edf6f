"use client"
import type { FormState } from "@/lib/form"
import { ErrorSummary, Notice, TextField } from "../field"
import { useActionForm } from "../use-action-form"

type Field = { label: string; hint: string }
type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>
  /** Without currency and month: a change to an existing month's rate. */
  text: { currency?: Field; month?: Field; rate: Field; source: Field; submit: string; errorSummary: string; required: string }
  defaults?: { month?: string; rate?: string; source?: string }
}

/** Platform staff enter (or correct) customs' monthly conversion rate for a currency. */
export function ExchangeRateForm({ action, text, defaults = {} }: Props) {
  const { state, formAction, summaryRef, formRef, value } = useActionForm(action)
  const labels = Object.fromEntries((["currency", "month", "rate", "source"] as const).flatMap((k) => (text[k] ? [[k, text[k]!.label]] : [])))
  return (
    <form action={formAction} ref={formRef} noValidate>
      {state.ok && state.message ? <Notice>{state.message}</Notice> : null}
      <ErrorSummary title={text.errorSummary} message={state.ok ? undefined : state.message} errors={state.errors} labels={labels} summaryRef={summaryRef} />
      {text.currency ? (
        <TextField name="currency" label={text.currency.label} hint={text.currency.hint} requiredText={text.required} defaultValue={value("currency")} error={state.errors.currency} autoCapitalize="characters" maxLength={3} size={5} />
      ) : null}
      {text.month ? (
        <TextField name="month" label={text.month.label} hint={text.month.hint} requiredText={text.required} defaultValue={value("month") ?? defaults.month} error={state.errors.month} inputMode="numeric" size={8} />
      ) : null}
      <TextField name="rate" label={text.rate.label} hint={text.rate.hint} requiredText={text.required} defaultValue={value("rate") ?? defaults.rate} error={state.errors.rate} inputMode="decimal" size={14} dir="ltr" />
      <TextField name="source" label={text.source.label} hint={text.source.hint} requiredText={text.required} defaultValue={value("source") ?? defaults.source} error={state.errors.source} />
      <button type="submit">{text.submit}</button>
    </form>
  )
}
