"use client"
import type { FormState } from "@/lib/form"
import { ErrorSummary, Notice, TextArea } from "../field"
import { useActionForm } from "../use-action-form"

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>
  /** The statuses the manufacturer can move to from where it is, with their button words. */
  choices: { value: string; label: string }[]
  text: { legend: string; reason: { label: string; hint: string }; submit: string; errorSummary: string; required: string }
}

/** Approve, reject or suspend; a reason is asked for, and required by the backend, to reject or suspend. */
export function DecisionForm({ action, choices, text }: Props) {
  const { state, formAction, summaryRef, formRef, value } = useActionForm(action)
  return (
    <form action={formAction} ref={formRef} noValidate>
      {state.ok && state.message ? <Notice>{state.message}</Notice> : null}
      <ErrorSummary
        title={text.errorSummary}
        message={state.ok ? undefined : state.message}
        errors={state.errors}
        labels={{ status: text.legend, reason: text.reason.label }}
        summaryRef={summaryRef}
      />
      <fieldset id="f-status" aria-describedby={state.errors.status ? "f-status-error" : undefined}>
        <legend>
          {text.legend} <span className="required">({text.required})</span>
        </legend>
        {state.errors.status ? (
          <p className="error" id="f-status-error">
            {state.errors.status}
          </p>
        ) : null}
        <ul className="choices">
          {choices.map((c) => (
            <li key={c.value}>
              <label>
                <input type="radio" name="status" value={c.value} defaultChecked={value("status") === c.value} /> {c.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <TextArea name="reason" label={text.reason.label} hint={text.reason.hint} defaultValue={value("reason")} error={state.errors.reason} />
      <button type="submit">{text.submit}</button>
    </form>
  )
}
