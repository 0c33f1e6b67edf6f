"use client"
import type { FormState } from "@/lib/form"
import { ErrorSummary, Notice, SelectField, TextArea, TextField } from "../field"
import { HsCombobox } from "../hs-combobox"
import { useActionForm } from "../use-action-form"

type Label = { label: string; hint: string }
type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>
  /** Create lists models and prices; edit changes the product's own fields. */
  mode: "create" | "edit"
  defaults: Record<string, string>
  currencies: string[]
  variantRows: number
  isoGroups: { label: string; options: { value: string; label: string }[] }[]
  fields: Record<string, Label>
  text: {
    basics: string
    trade: string
    variants: string
    /** One legend per model row: the first required, the others optional. */
    variantLabels: string[]
    pricesLegend: string
    moreCurrencies: string
    publishHint: string
    statusDraft: string
    statusPublished: string
    choose: string
    submit: string
    errorSummary: string
    required: string
    isoHint: string
    hs: { searchButton: string; results: string; noResults: string; searchHint: string }
  }
}

const DEVICE_CLASSES = ["I", "II", "IIa", "IIb", "III"]
const MAIN_CURRENCIES = 2

/** The product editor: trade data with the HS code and ISO 9999 pickers, and on creation its models and prices. */
export function ProductForm({ action, mode, defaults, currencies, variantRows, isoGroups, fields, text }: Props) {
  const { state, formAction, summaryRef } = useActionForm(action)
  const value = (name: string) => state.values[name] ?? defaults[name]
  const labels = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.label]))
  const field = (name: string, required = false) => ({
    name,
    label: fields[name].label,
    hint: fields[name].hint || undefined,
    requiredText: required ? text.required : undefined,
    error: state.errors[name],
    defaultValue: value(name),
  })
  const status = value("status") ?? "draft"
  const priceInput = (row: number, currency: string) => {
    const name = `variants.${row}.prices.${currency}`
    return (
      <TextField
        key={name}
        name={name}
        label={currency.toUpperCase()}
        inputMode="decimal"
        defaultValue={value(name)}
        error={state.errors[name]}
      />
    )
  }
  const variantRow = (row: number) => (
    <>
      <div className="grid-fields">
        <TextField {...field("variant_title", row === 0)} name={`variants.${row}.title`} defaultValue={value(`variants.${row}.title`)} error={state.errors[`variants.${row}.title`]} />
        <TextField {...field("sku")} name={`variants.${row}.sku`} defaultValue={value(`variants.${row}.sku`)} error={state.errors[`variants.${row}.sku`]} />
      </div>
      <fieldset>
        <legend>{text.pricesLegend}</legend>
        <div className="grid-fields">{currencies.slice(0, MAIN_CURRENCIES).map((c) => priceInput(row, c))}</div>
        <details>
          <summary>{text.moreCurrencies}</summary>
          <div className="grid-fields">{currencies.slice(MAIN_CURRENCIES).map((c) => priceInput(row, c))}</div>
        </details>
      </fieldset>
    </>
  )
  return (
    <form action={formAction} noValidate>
      {/* Enter in a text field saves (the first submit button is the default), not the HS search further down. */}
      <button type="submit" name="intent" value="save" hidden tabIndex={-1} />
      {state.ok && state.message ? <Notice>{state.message}</Notice> : null}
      <ErrorSummary title={text.errorSummary} message={state.ok ? undefined : state.message} errors={state.errors} labels={labels} summaryRef={summaryRef} />
      <fieldset>
        <legend>{text.basics}</legend>
        <TextField {...field("title", true)} />
        {mode === "create" ? <TextField {...field("handle")} autoComplete="off" /> : null}
        <TextArea {...field("description")} />
        <fieldset>
          <legend>{fields.status.label}</legend>
          <p className="hint" id="status-hint">
            {text.publishHint}
          </p>
          <ul className="choices">
            {[
              ["draft", text.statusDraft],
              ["published", text.statusPublished],
            ].map(([v, label]) => (
              <li key={v}>
                <label>
                  <input type="radio" name="status" value={v} defaultChecked={status === v} aria-describedby="status-hint" /> {label}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </fieldset>
      <fieldset>
        <legend>{text.trade}</legend>
        <HsCombobox
          name="hs_code"
          label={fields.hs_code.label}
          hint={fields.hs_code.hint}
          error={state.errors.hs_code}
          defaultValue={value("hs_code")}
          serverResults={state.search}
          text={text.hs}
        />
        <div className="field">
          <label htmlFor="f-iso_9999">{fields.iso_9999.label}</label>
          <p className="hint" id="f-iso_9999-hint">
            {text.isoHint}
          </p>
          {state.errors.iso_9999 ? (
            <p className="error" id="f-iso_9999-error">
              {state.errors.iso_9999}
            </p>
          ) : null}
          <select
            id="f-iso_9999"
            name="iso_9999"
            defaultValue={value("iso_9999") ?? ""}
            aria-describedby={`f-iso_9999-hint${state.errors.iso_9999 ? " f-iso_9999-error" : ""}`}
            aria-invalid={state.errors.iso_9999 ? true : undefined}
          >
            <option value="">{text.choose}</option>
            {isoGroups.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="grid-fields">
          <SelectField {...field("device_class")} placeholder={text.choose} options={DEVICE_CLASSES.map((c) => ({ value: c, label: c }))} />
          {mode === "create" ? <TextField {...field("origin_country")} autoComplete="off" maxLength={2} /> : null}
          {["net_weight_g", "gross_weight_g", "length_mm", "width_mm", "height_mm"].map((name) => (
            <TextField key={name} {...field(name)} inputMode="numeric" />
          ))}
        </div>
      </fieldset>
      {mode === "create" ? (
        <fieldset>
          <legend>{text.variants}</legend>
          {Array.from({ length: variantRows }, (_, row) =>
            row === 0 ? (
              <fieldset key={row}>
                <legend>{text.variantLabels[row]}</legend>
                {variantRow(row)}
              </fieldset>
            ) : (
              <details key={row} open={!!value(`variants.${row}.title`)}>
                <summary>{text.variantLabels[row]}</summary>
                {variantRow(row)}
              </details>
            )
          )}
        </fieldset>
      ) : null}
      <button type="submit" name="intent" value="save">
        {text.submit}
      </button>
    </form>
  )
}
