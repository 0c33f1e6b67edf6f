"use client"
import type React from "react"
import type { FormState } from "@/lib/form"
import { ErrorSummary, Notice, SelectField, TextArea, TextField } from "../field"
import { useActionForm } from "../use-action-form"

type Action = (prev: FormState, form: FormData) => Promise<FormState>
type Common = { errorSummary: string; required: string }

/** What came back from the last submission: the success note, or the problems listed first with links to their fields. */
function Feedback({ state, summaryRef, title, labels }: { state: FormState; summaryRef: React.Ref<HTMLDivElement>; title: string; labels: Record<string, string> }) {
  return (
    <>
      {state.ok && state.message ? <Notice>{state.message}</Notice> : null}
      <ErrorSummary title={title} message={state.ok ? undefined : state.message} errors={state.errors} labels={labels} summaryRef={summaryRef} />
    </>
  )
}

/**
 * The label barcode, typed or scanned: a USB scanner types the code and presses Enter, which submits
 * the form, so the field has the focus when the page opens.
 */
export function ReceiveForm({ action, text }: { action: Action; text: Common & { label: string; hint: string; submit: string } }) {
  const { state, formAction, summaryRef, formRef, value } = useActionForm(action)
  return (
    <form action={formAction} ref={formRef} noValidate>
      <ErrorSummary title={text.errorSummary} message={state.message} errors={state.errors} labels={{ barcode: text.label }} summaryRef={summaryRef} />
      <TextField
        name="barcode"
        label={text.label}
        hint={text.hint}
        requiredText={text.required}
        defaultValue={value("barcode")}
        error={state.errors.barcode}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        enterKeyHint="go"
        autoFocus
      />
      <button type="submit">{text.submit}</button>
    </form>
  )
}

type PackageRow = { weight_g?: number; length_mm?: number; width_mm?: number; height_mm?: number }

/** One fieldset per package (weight in grams, sides in millimetres); the last row may stay empty. */
export function PackagesForm({
  action,
  rows,
  recorded,
  text,
}: {
  action: Action
  rows: number
  recorded: PackageRow[]
  /** Legends per row ("Package 1" …): words from the server, which cannot pass a function to this client component. */
  text: Common & { legends: string[]; weight: string; length: string; width: string; height: string; submit: string }
}) {
  const { state, formAction, summaryRef, formRef, value } = useActionForm(action)
  const labels: Record<string, string> = {}
  const fields = [
    ["weight_g", text.weight],
    ["length_mm", text.length],
    ["width_mm", text.width],
    ["height_mm", text.height],
  ] as const
  for (let i = 0; i < rows; i++) for (const [k, l] of fields) labels[`packages.${i}.${k}`] = `${text.legends[i]} · ${l}`
  return (
    <form action={formAction} ref={formRef} noValidate>
      <Feedback state={state} summaryRef={summaryRef} title={text.errorSummary} labels={labels} />
      {Array.from({ length: rows }, (_, i) => (
        <fieldset key={i}>
          <legend>{text.legends[i]}</legend>
          <div className="grid-fields">
            {fields.map(([k, l]) => {
              const name = `packages.${i}.${k}`
              return (
                <TextField
                  key={name}
                  name={name}
                  label={l}
                  inputMode="numeric"
                  autoComplete="off"
                  requiredText={i === 0 ? text.required : undefined}
                  defaultValue={value(name) ?? (recorded[i]?.[k] !== undefined ? String(recorded[i][k]) : "")}
                  error={state.errors[name]}
                />
              )
            })}
          </div>
        </fieldset>
      ))}
      <button type="submit">{text.submit}</button>
    </form>
  )
}

/** A waybill number as the carrier printed it: no autocomplete or spelling fixes. */
function WaybillField({ text, value, error }: { text: { label: string; hint: string; required: string }; value?: string; error?: string }) {
  return (
    <TextField
      name="waybill_number"
      label={text.label}
      hint={text.hint}
      requiredText={text.required}
      defaultValue={value}
      error={error}
      autoComplete="off"
      spellCheck={false}
    />
  )
}

/**
 * Carrier and waybill number. Until customs releases the declaration (or before packing) the fields
 * and the button are disabled, and the reason is said next to them and tied to the button.
 */
export function HandOverForm({
  action,
  blocked,
  text,
}: {
  action: Action
  blocked?: string
  text: Common & { carrier: { label: string; hint: string }; waybill: { label: string; hint: string }; submit: string; blockedTitle: string }
}) {
  const { state, formAction, summaryRef, formRef, value } = useActionForm(action)
  return (
    <form action={formAction} ref={formRef} noValidate>
      <Feedback state={state} summaryRef={summaryRef} title={text.errorSummary} labels={{ carrier: text.carrier.label, waybill_number: text.waybill.label }} />
      {blocked ? (
        <p className="blocked" id="hand-over-blocked">
          <strong>{text.blockedTitle}</strong> {blocked}
        </p>
      ) : null}
      <fieldset disabled={!!blocked} className="bare">
        <TextField name="carrier" label={text.carrier.label} hint={text.carrier.hint} requiredText={text.required} defaultValue={value("carrier")} error={state.errors.carrier} />
        <WaybillField text={{ ...text.waybill, required: text.required }} value={value("waybill_number")} error={state.errors.waybill_number} />
        <button type="submit" aria-describedby={blocked ? "hand-over-blocked" : undefined}>
          {text.submit}
        </button>
      </fieldset>
    </form>
  )
}

/**
 * After the hand-over: the correct waybill (and carrier, filled in with the one recorded) and why.
 * The only way to change a waybill once the goods have left: handing over again is refused.
 */
export function WaybillCorrectionForm({
  action,
  carrier,
  text,
}: {
  action: Action
  carrier: string
  text: Common & { waybill: { label: string; hint: string }; carrier: { label: string; hint: string }; reason: { label: string; hint: string }; submit: string }
}) {
  const { state, formAction, summaryRef, formRef, value } = useActionForm(action)
  return (
    <form action={formAction} ref={formRef} noValidate>
      <Feedback state={state} summaryRef={summaryRef} title={text.errorSummary} labels={{ waybill_number: text.waybill.label, carrier: text.carrier.label, reason: text.reason.label }} />
      <WaybillField text={{ ...text.waybill, required: text.required }} value={value("waybill_number")} error={state.errors.waybill_number} />
      <TextField name="carrier" label={text.carrier.label} hint={text.carrier.hint} requiredText={text.required} defaultValue={value("carrier") ?? carrier} error={state.errors.carrier} />
      <TextArea name="reason" label={text.reason.label} hint={text.reason.hint} requiredText={text.required} defaultValue={value("reason")} error={state.errors.reason} />
      <button type="submit" className="secondary">
        {text.submit}
      </button>
    </form>
  )
}

/** Damaged, missing or held by customs, with a note. */
export function ExceptionForm({
  action,
  kinds,
  text,
}: {
  action: Action
  kinds: { value: string; label: string }[]
  text: Common & { kind: string; note: { label: string; hint: string }; submit: string; choose: string }
}) {
  const { state, formAction, summaryRef, formRef, value } = useActionForm(action)
  return (
    <form action={formAction} ref={formRef} noValidate>
      <Feedback state={state} summaryRef={summaryRef} title={text.errorSummary} labels={{ kind: text.kind, note: text.note.label }} />
      <SelectField name="kind" label={text.kind} requiredText={text.required} options={kinds} placeholder={text.choose} defaultValue={value("kind")} error={state.errors.kind} />
      <TextArea name="note" label={text.note.label} hint={text.note.hint} requiredText={text.required} defaultValue={value("note")} error={state.errors.note} />
      <button type="submit" className="secondary">
        {text.submit}
      </button>
    </form>
  )
}

/** An operator clears an exception, saying how it was dealt with. */
export function ResolveExceptionForm({ action, text }: { action: Action; text: Common & { note: { label: string; hint: string }; submit: string } }) {
  const { state, formAction, summaryRef, formRef, value } = useActionForm(action)
  return (
    <form action={formAction} ref={formRef} noValidate>
      <Feedback state={state} summaryRef={summaryRef} title={text.errorSummary} labels={{ note: text.note.label }} />
      <TextArea name="note" label={text.note.label} hint={text.note.hint} requiredText={text.required} defaultValue={value("note")} error={state.errors.note} />
      <button type="submit">{text.submit}</button>
    </form>
  )
}
