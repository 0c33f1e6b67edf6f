"use client"
import type { FormState } from "@/lib/form"
import { ErrorSummary, Notice, TextField } from "../field"
import { useActionForm } from "../use-action-form"

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>
  variants: { id: string; title: string; sku: string | null }[]
  text: { submit: string; errorSummary: string }
}

/** How many of each model stand at the park: one number per model. */
export function StockForm({ action, variants, text }: Props) {
  const { state, formAction, summaryRef, value } = useActionForm(action)
  const labels = Object.fromEntries(variants.map((v) => [`stock.${v.id}`, v.sku ? `${v.title} (${v.sku})` : v.title]))
  return (
    <form action={formAction} noValidate>
      {state.ok && state.message ? <Notice>{state.message}</Notice> : null}
      <ErrorSummary title={text.errorSummary} message={state.ok ? undefined : state.message} errors={state.errors} labels={labels} summaryRef={summaryRef} />
      <div className="grid-fields">
        {variants.map((v) => (
          <TextField
            key={v.id}
            name={`stock.${v.id}`}
            label={labels[`stock.${v.id}`]}
            inputMode="numeric"
            defaultValue={value(`stock.${v.id}`)}
            error={state.errors[`stock.${v.id}`]}
          />
        ))}
      </div>
      <button type="submit">{text.submit}</button>
    </form>
  )
}
