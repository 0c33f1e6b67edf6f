"use client"
import type { FormState } from "@/lib/form"
import { ErrorSummary, TextField } from "../field"
import { useActionForm } from "../use-action-form"

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>
  text: { email: string; password: string; submit: string; errorSummary: string; required: string }
  /** "new-password" on sign-up, so password managers offer to make one. */
  passwordAutoComplete: "current-password" | "new-password"
  passwordHint?: string
}

/** Email and password: log in, or create a login on sign-up. */
export function LoginForm({ action, text, passwordAutoComplete, passwordHint }: Props) {
  const { state, formAction, summaryRef, value } = useActionForm(action)
  return (
    <form action={formAction} noValidate>
      <ErrorSummary
        title={text.errorSummary}
        message={state.message}
        errors={state.errors}
        labels={{ email: text.email, password: text.password }}
        summaryRef={summaryRef}
      />
      <TextField name="email" type="email" autoComplete="email" label={text.email} requiredText={text.required} defaultValue={value("email")} error={state.errors.email} />
      <TextField
        name="password"
        type="password"
        autoComplete={passwordAutoComplete}
        label={text.password}
        hint={passwordHint}
        requiredText={text.required}
        error={state.errors.password}
      />
      <button type="submit">{text.submit}</button>
    </form>
  )
}
