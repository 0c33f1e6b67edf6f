import type { InputHTMLAttributes, ReactNode } from "react"

export const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`

type Common = {
  name: string
  label: string
  hint?: string
  error?: string
  /** The visible word for "required", in the page's language. */
  requiredText?: string
  /** The control's id when the page has the same field name more than once (one form per item). */
  id?: string
}

/** Label, hint and error tied to the control (aria-describedby), so a screen reader reads all three. */
function Frame({ name, label, hint, error, requiredText, id: givenId, children }: Common & { children: (a11y: Record<string, string | boolean | undefined>) => ReactNode }) {
  const id = givenId ?? fieldId(name)
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined
  return (
    <div className={error ? "field field-error" : "field"}>
      <label htmlFor={id}>
        {label}
        {requiredText ? <span className="required"> ({requiredText})</span> : null}
      </label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {children({ id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
    </div>
  )
}

export function TextField({ name, label, hint, error, requiredText, id, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Frame {...{ name, label, hint, error, requiredText, id }}>
      {(a11y) => <input name={name} required={!!requiredText} {...input} {...a11y} />}
    </Frame>
  )
}

export function TextArea({ name, label, hint, error, requiredText, defaultValue }: Common & { defaultValue?: string }) {
  return (
    <Frame {...{ name, label, hint, error, requiredText }}>
      {(a11y) => <textarea name={name} rows={4} required={!!requiredText} defaultValue={defaultValue} {...a11y} />}
    </Frame>
  )
}

export function SelectField({
  name,
  label,
  hint,
  error,
  requiredText,
  options,
  defaultValue,
  placeholder,
}: Common & { options: { value: string; label: string; lang?: string }[]; defaultValue?: string; placeholder?: string }) {
  return (
    <Frame {...{ name, label, hint, error, requiredText }}>
      {(a11y) => (
        <select name={name} required={!!requiredText} defaultValue={defaultValue ?? ""} {...a11y}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Frame>
  )
}

/** A form's problems, listed first with links to each field; it is focused when it appears. */
export function ErrorSummary({
  title,
  message,
  errors,
  labels,
  summaryRef,
  idOf = fieldId,
}: {
  title: string
  message?: string
  errors: Record<string, string>
  labels: Record<string, string>
  summaryRef?: React.Ref<HTMLDivElement>
  /** Where each field's link goes, when its ids are not the usual ones. */
  idOf?: (name: string) => string
}) {
  const entries = Object.entries(errors)
  if (!entries.length && !message) return null
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
      <h2>{title}</h2>
      {message ? <p>{message}</p> : null}
      {entries.length ? (
        <ul>
          {entries.map(([name, error]) => (
            <li key={name}>
              <a href={`#${idOf(name)}`}>{labels[name] ? `${labels[name]}: ${error}` : error}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

/** A success note, announced politely. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p className="notice" role="status">
      {children}
    </p>
  )
}
