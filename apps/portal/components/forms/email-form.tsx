"use client"
import type { FormState } from "@/lib/form"
import { ErrorSummary, Notice, TextField } from "../field"
import { useActionForm } from "../use-action-form"

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>
  text: { email: string; submit: string; errorSummary: string; required: string }
  /** "off" for someone else's address (inviting a colleague), "email" for one's own (asking for a reset link). */
  autoComplete: "off" | "email"
}

/** A form of one email field: the owner invites a colleague; someone who forgot a password asks for the link. */
export function EmailForm({ action, text, autoComplete }: Props) {
  const { state, formAction, summaryRef, formRef, value } = useActionForm(action)
  return (
    <form action={formAction} ref={formRef} noValidate>
      {state.ok && state.message ? <Notice>{state.message}</Notice> : null}
      <ErrorSummary title={text.errorSummary} message={state.ok ? undefined : state.message} errors={state.errors} labels={{ email: text.email }} summaryRef={summaryRef} />
      <TextField name="email" type="email" autoComplete={autoComplete} label={text.email} requiredText={text.required} defaultValue={value("email")} error={state.errors.email} />
      <button type="submit">{text.submit}</button>
    </form>
  )
}
