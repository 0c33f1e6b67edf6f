import { getTranslations } from "next-intl/server"
import { addressFormat, type AddressField } from "@/lib/address-format"
import type { Address } from "@/lib/medusa"

const AUTOCOMPLETE: Record<AddressField, string> = {
  first_name: "given-name",
  last_name: "family-name",
  company: "organization",
  address_1: "address-line1",
  address_2: "address-line2",
  city: "address-level2",
  province: "address-level1",
  postal_code: "postal-code",
  phone: "tel",
}

/** The address fields of a country, in its order, with its names, and what to correct marked on each. */
export async function AddressFields({ countryCode, value, invalid = [] }: { countryCode: string; value?: Partial<Address> | null; invalid?: string[] }) {
  const t = await getTranslations("address")
  const format = addressFormat(countryCode)
  const label = (f: AddressField) =>
    f === "province" ? t(`province.${format.province ?? "region"}`) : f === "address_2" && format.address2 ? t("district") : t(`field.${f}`)
  return (
    <>
      {format.fields.map((f) => {
        const bad = invalid.includes(f)
        const required = format.required.includes(f)
        const hint = f === "postal_code" && format.postalCode?.example ? t("example", { example: format.postalCode.example }) : null
        const described = [hint && `${f}-hint`, bad && `${f}-error`].filter(Boolean).join(" ") || undefined
        return (
          <div className="field" key={f}>
            <label htmlFor={f}>
              {label(f)} {!required && <span className="muted">({t("optional")})</span>}
            </label>
            {hint && <p id={`${f}-hint`} className="muted hint">{hint}</p>}
            {bad && <p id={`${f}-error`} className="error">{t("fix", { field: label(f) })}</p>}
            <input
              id={f}
              name={f}
              type={f === "phone" ? "tel" : "text"}
              autoComplete={AUTOCOMPLETE[f]}
              required={required}
              aria-invalid={bad || undefined}
              aria-describedby={described}
              defaultValue={value?.[f] ?? ""}
              dir={f === "phone" || f === "postal_code" ? "ltr" : undefined}
            />
          </div>
        )
      })}
    </>
  )
}

/** Fields to correct from `?invalid=a,b`. */
export function invalidFields(param: string | undefined): string[] {
  return param ? param.split(",").filter(Boolean) : []
}
