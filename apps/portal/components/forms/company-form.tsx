"use client"
import type { FormState } from "@/lib/form"
import { ErrorSummary, TextArea, TextField } from "../field"
import { useActionForm } from "../use-action-form"

type FieldText = Record<string, { label: string; hint: string }>
type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>
  fields: FieldText
  text: { company: string; contact: string; owner: string; submit: string; errorSummary: string; required: string; optional: string }
}

const GROUPS: { legend: "company" | "contact" | "owner"; fields: { name: string; type?: string; autoComplete?: string; optional?: boolean; lang?: string }[] }[] = [
  {
    legend: "company",
    fields: [
      { name: "legal_name_zh", autoComplete: "organization", lang: "zh-CN" },
      { name: "legal_name_en", lang: "en" },
      { name: "handle", autoComplete: "off" },
      { name: "unified_social_credit_code", autoComplete: "off" },
      { name: "customs_code", autoComplete: "off" },
      { name: "founded_year", type: "number", optional: true },
    ],
  },
  {
    legend: "contact",
    fields: [
      { name: "province", autoComplete: "address-level1" },
      { name: "city", autoComplete: "address-level2" },
      { name: "address", autoComplete: "street-address" },
      { name: "contact_name", autoComplete: "name" },
      { name: "contact_email", type: "email", autoComplete: "email" },
      { name: "contact_phone", type: "tel", autoComplete: "tel" },
    ],
  },
  {
    legend: "owner",
    fields: [
      { name: "owner.last_name", autoComplete: "family-name" },
      { name: "owner.first_name", autoComplete: "given-name" },
    ],
  },
]

/** Sign-up step 2: the company as on its business licence, its contact and its owner. */
export function CompanyForm({ action, fields, text }: Props) {
  const { state, formAction, summaryRef, value } = useActionForm(action)
  const labels = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.label]))
  return (
    <form action={formAction} noValidate>
      <ErrorSummary title={text.errorSummary} message={state.message} errors={state.errors} labels={labels} summaryRef={summaryRef} />
      {GROUPS.map((group) => (
        <fieldset key={group.legend}>
          <legend>{text[group.legend]}</legend>
          <div className="grid-fields">
            {group.fields.map((f) => (
              <TextField
                key={f.name}
                name={f.name}
                type={f.type ?? "text"}
                autoComplete={f.autoComplete}
                lang={f.lang}
                label={fields[f.name].label}
                hint={fields[f.name].hint || undefined}
                requiredText={f.optional ? undefined : text.required}
                defaultValue={value(f.name)}
                error={state.errors[f.name]}
              />
            ))}
          </div>
          {group.legend === "company" ? (
            <TextArea
              name="description_en"
              label={`${fields.description_en.label} (${text.optional})`}
              hint={fields.description_en.hint}
              defaultValue={value("description_en")}
              error={state.errors.description_en}
            />
          ) : null}
        </fieldset>
      ))}
      <button type="submit">{text.submit}</button>
    </form>
  )
}
