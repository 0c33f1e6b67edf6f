"use client"
import type { FormState } from "@/lib/form"
import { ErrorSummary, Notice, TextArea } from "../field"
import { useActionForm } from "../use-action-form"

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>
  text: { answer: string; answerHint: string; submit: string; errorSummary: string; required: string }
}

/** The manufacturer's answer to a buyer's complaint. */
export function ComplaintAnswerForm({ action, text }: Props) {
  const { state, formAction, summaryRef, formRef, value } = useActionForm(action)
  return (
    <form action={formAction} ref={formRef} noValidate>
      {state.ok && state.message ? <Notice>{state.message}</Notice> : null}
      <ErrorSummary title={text.errorSummary} message={state.ok ? undefined : state.message} errors={state.errors} labels={{ answer: text.answer }} summaryRef={summaryRef} />
      <TextArea name="answer" label={text.answer} hint={text.answerHint} requiredText={text.required} defaultValue={value("answer")} error={state.errors.answer} />
      <button type="submit">{text.submit}</button>
    </form>
  )
}
