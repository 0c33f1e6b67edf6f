import type { z } from "zod"

/** What a form's server action hands back to the page: field errors, a message, and the values to show again. */
export type FormState = {
  ok?: boolean
  message?: string
  errors: Record<string, string>
  values: Record<string, string>
  /** The HS code search run from the form itself (it works without JavaScript). */
  search?: { query: string; results: { code: string; description: string }[] }
}

export const EMPTY_FORM: FormState = { errors: {}, values: {} }

/** The text fields of a submitted form, to re-fill it when it comes back with errors. */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [k, v] of form.entries()) if (typeof v === "string" && !k.startsWith("$ACTION")) values[k] = v
  return values
}

/** Field errors from a zod parse, keyed by the dotted path that is also the input's name. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.join(".")
    errors[key] ??= issue.message
  }
  return errors
}

/**
 * Ties the parts of a backend message ("Invalid request: a; b") to the form fields they name, so each
 * reason is shown (and announced) next to its field; what names no field stays a form-level message.
 */
export function backendFieldErrors(message: string, fields: readonly string[]): { errors: Record<string, string>; rest: string[] } {
  const errors: Record<string, string> = {}
  const rest: string[] = []
  const parts = message.replace(/^Invalid request:\s*/, "").split(/;\s+/)
  for (const part of parts) {
    let best: { field: string; at: number } | undefined
    for (const field of fields) {
      const at = part.search(new RegExp(`(^|[^a-z_.])${field.replace(/\./g, "\\.")}($|[^a-z_])`))
      if (at >= 0 && (!best || at < best.at || (at === best.at && field.length > best.field.length))) best = { field, at }
    }
    if (best) errors[best.field] ??= part
    else rest.push(part)
  }
  return { errors, rest }
}
