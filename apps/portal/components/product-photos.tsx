"use client"
import { useFormStatus } from "react-dom"
import type { FormState } from "@/lib/form"
import type { ProductPhoto } from "@/lib/types"
import { ErrorSummary, TextField } from "./field"
import { useActionForm } from "./use-action-form"

type Action = (prev: FormState, form: FormData) => Promise<FormState>
export type PhotoTexts = {
  file: string
  fileHint: string
  altTitle: string
  altHint: string
  languages: Record<string, string>
  upload: string
  uploading: string
  thumbnail: string
  saveAlt: string
  moveUp: string
  moveDown: string
  makeThumbnail: string
  delete: string
  confirmDelete: string
  confirmYes: string
  working: string
  required: string
  errorSummary: string
}

/** What the form is doing, read out as it changes: the work while the request runs, then its outcome. */
function Status({ state, working }: { state: FormState; working: string }) {
  const { pending } = useFormStatus()
  const said = pending ? working : state.ok ? state.message : undefined
  // Always in the page (a live region that appears with its text is not read out by every screen reader).
  return (
    <p className={said ? "notice" : undefined} role="status" data-testid="photo-status">
      {said}
    </p>
  )
}

function AltFields({ languages, values, prefix, required, errors, text }: { languages: string[]; values: Record<string, string | undefined>; prefix?: string; required: string; errors: Record<string, string>; text: PhotoTexts }) {
  return (
    <fieldset>
      <legend>{text.altTitle}</legend>
      <p className="hint">{text.altHint}</p>
      <div className="grid-fields">
        {languages.map((lang) => (
          <TextField
            key={lang}
            name={`alt[${lang}]`}
            id={prefix && `${prefix}-alt-${lang}`}
            label={text.languages[lang]}
            lang={lang}
            dir={lang === "ar" ? "rtl" : undefined}
            requiredText={lang === "en" ? required : undefined}
            defaultValue={values[lang]}
            error={errors[`alt[${lang}]`]}
            maxLength={300}
          />
        ))}
      </div>
    </fieldset>
  )
}

/** Upload: a plain file input (keyboard and screen readers as the browser gives them) and the alt texts. */
export function PhotoUploadForm({ action, text }: { action: Action; text: PhotoTexts }) {
  const { state, formAction, summaryRef, formRef, value } = useActionForm(action)
  const labels = { file: text.file, "alt[en]": `${text.altTitle}: ${text.languages.en}`, alt: text.altTitle }
  return (
    <form action={formAction} ref={formRef} encType="multipart/form-data" noValidate aria-label={text.upload}>
      <ErrorSummary title={text.errorSummary} message={state.ok ? undefined : state.message} errors={state.errors} labels={labels} summaryRef={summaryRef} />
      <TextField name="file" label={text.file} hint={text.fileHint} requiredText={text.required} type="file" accept="image/jpeg,image/png,image/webp" error={state.errors.file} />
      <AltFields languages={["en", "zh"]} values={{ en: value("alt[en]"), zh: value("alt[zh]") }} required={text.required} errors={state.errors} text={text} />
      <button type="submit">{text.upload}</button>
      <Status state={state} working={text.uploading} />
    </form>
  )
}

/** One photo: its alt texts in every language, move up/down, thumbnail, and delete behind a confirmation. */
export function PhotoItem({ photo, name, size, index, count, action, text }: {
  photo: ProductPhoto
  /** "Photo 2", in the page's language (texts that take numbers are worded on the server). */
  name: string
  /** Its largest size in pixels, worded. */
  size?: string
  index: number
  count: number
  action: Action
  text: PhotoTexts
}) {
  const { state, formAction, summaryRef } = useActionForm(action)
  const small = photo.sizes[0] ?? { url: photo.url, width: photo.width ?? 400, height: photo.height ?? 300 }
  const labels = Object.fromEntries(Object.keys(text.languages).map((l) => [`alt[${l}]`, `${text.altTitle}: ${text.languages[l]}`]))
  return (
    <li className="photo-item">
      <form action={formAction} aria-labelledby={`photo-${photo.id}`} noValidate>
        <h3 id={`photo-${photo.id}`}>
          {name}
          {photo.is_thumbnail ? <span className="badge"> {text.thumbnail}</span> : null}
        </h3>
        <img src={small.url} width={small.width} height={small.height} alt={photo.alt.en ?? ""} lang="en" className="photo-preview" />
        {size ? <p className="hint">{size}</p> : null}
        <ErrorSummary
          title={text.errorSummary}
          message={state.ok ? undefined : state.message}
          errors={state.errors}
          labels={labels}
          summaryRef={summaryRef}
          idOf={(field) => `${photo.id}-alt-${/^alt\[(\w+)\]$/.exec(field)?.[1] ?? "en"}`}
        />
        <AltFields languages={Object.keys(text.languages)} values={photo.alt} prefix={photo.id} required={text.required} errors={state.errors} text={text} />
        <div className="actions">
          <button type="submit" name="intent" value="alt">{text.saveAlt}</button>
          <button type="submit" name="intent" value="up" disabled={index === 0} aria-label={`${text.moveUp}: ${name}`}>{text.moveUp}</button>
          <button type="submit" name="intent" value="down" disabled={index === count - 1} aria-label={`${text.moveDown}: ${name}`}>{text.moveDown}</button>
          {photo.is_thumbnail ? null : (
            <button type="submit" name="intent" value="thumbnail" aria-label={`${text.makeThumbnail}: ${name}`}>{text.makeThumbnail}</button>
          )}
        </div>
        <details>
          <summary>{text.delete}</summary>
          <p>{text.confirmDelete}</p>
          <button type="submit" name="intent" value="delete" className="danger" aria-label={`${text.confirmYes}: ${name}`}>{text.confirmYes}</button>
        </details>
        <Status state={state} working={text.working} />
      </form>
    </li>
  )
}
