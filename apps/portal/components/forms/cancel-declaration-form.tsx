"use client"
import type { FormState } from "@/lib/form"
import { ErrorSummary, Notice, TextField } from "../field"
import { useActionForm } from "../use-action-form"

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>
  text: { reason: { label: string; hint: string }; submit: string; errorSummary: string; required: string }
}

/** Platform staff cancel a declaration with the reason the manufacturer will read. */
export function CancelDeclarationForm({ action, text }: Props) {
  const { state, formAction, summaryRef, formRef, value } = useActionForm(action)
  return (
    <form action={formAction} ref={formRef} noValidate>
      {state.ok && state.message ? <Notice>{state.message}</Notice> : null}
      <ErrorSummary title={text.errorSummary} message={state.ok ? undefined : state.message} errors={state.errors} labels={{ reason: text.reason.label }} summaryRef={summaryRef} />
      <TextField name="reason" label={text.reason.label} hint={text.reason.hint} requiredText={text.required} defaultValue={value("reason")} error={state.errors.reason} />
      <button type="submit">{text.submit}</button>
    </form>
  )
}
