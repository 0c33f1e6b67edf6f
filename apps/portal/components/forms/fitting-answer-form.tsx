"use client"
import type { FormState } from "@/lib/form"
import { ErrorSummary, Notice, SelectField, TextArea } from "../field"
import { useActionForm } from "../use-action-form"

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>
  /** The product's models on sale, for "recommended model". */
  variants: { value: string; label: string }[]
  defaults: { answer?: string; recommended_variant_id?: string }
  text: { answer: string; answerHint: string; variant: string; variantHint: string; noVariant: string; submit: string; errorSummary: string; required: string }
}

/** The answer to a buyer's fitting request; sent again, it corrects the previous answer. */
export function FittingAnswerForm({ action, variants, defaults, text }: Props) {
  const { state, formAction, summaryRef, formRef, value } = useActionForm(action)
  return (
    <form action={formAction} ref={formRef} noValidate>
      {state.ok && state.message ? <Notice>{state.message}</Notice> : null}
      <ErrorSummary
        title={text.errorSummary}
        message={state.ok ? undefined : state.message}
        errors={state.errors}
        labels={{ answer: text.answer, recommended_variant_id: text.variant }}
        summaryRef={summaryRef}
      />
      <TextArea name="answer" label={text.answer} hint={text.answerHint} requiredText={text.required} defaultValue={value("answer") ?? defaults.answer} error={state.errors.answer} />
      <SelectField
        name="recommended_variant_id"
        label={text.variant}
        hint={text.variantHint}
        options={variants}
        placeholder={text.noVariant}
        defaultValue={value("recommended_variant_id") ?? defaults.recommended_variant_id}
        error={state.errors.recommended_variant_id}
      />
      <button type="submit">{text.submit}</button>
    </form>
  )
}
