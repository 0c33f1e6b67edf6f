"use client"
import type { FormState } from "@/lib/form"
import { ErrorSummary, TextField } from "../field"
import { useActionForm } from "../use-action-form"

type Action = (prev: FormState, form: FormData) => Promise<FormState>
type Common = { errorSummary: string; required: string; submit: string }

/**
 * A new password, with the fields before it (an invited person's name); `email` is the login's, offered to
 * password managers (it is not changed here).
 */
export function NewPasswordForm({
  action,
  email,
  fields = [],
  text,
}: {
  action: Action
  email: string
  fields?: { name: string; label: string; autoComplete: string; defaultValue?: string }[]
  text: Common & { password: string; passwordHint: string }
}) {
  const { state, formAction, summaryRef, value } = useActionForm(action)
  const labels = Object.fromEntries([...fields.map((f) => [f.name, f.label]), ["password", text.password]])
  return (
    <form action={formAction} noValidate>
      <ErrorSummary title={text.errorSummary} message={state.message} errors={state.errors} labels={labels} summaryRef={summaryRef} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      {fields.map((f) => (
        <TextField
          key={f.name}
          name={f.name}
          autoComplete={f.autoComplete}
          label={f.label}
          requiredText={text.required}
          defaultValue={value(f.name) ?? f.defaultValue}
          error={state.errors[f.name]}
        />
      ))}
      <TextField
        name="password"
        type="password"
        autoComplete="new-password"
        label={text.password}
        hint={text.passwordHint}
        requiredText={text.required}
        error={state.errors.password}
      />
      <button type="submit">{text.submit}</button>
    </form>
  )
}
