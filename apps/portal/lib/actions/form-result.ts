import "server-only"
import { BackendError } from "../backend"
import { backendFieldErrors, formValues, zodFieldErrors, type FormState } from "../form"
import { getMessages } from "../i18n"
import type { z } from "zod"

/** Parses a submitted form; on failure, the state that shows each error next to its field. */
export function parseForm<S extends z.ZodTypeAny>(schema: S, form: FormData): { data: z.output<S> } | { state: FormState } {
  const values = formValues(form)
  const parsed = schema.safeParse(values)
  if (parsed.success) return { data: parsed.data }
  return { state: { errors: zodFieldErrors(parsed.error), values } }
}

/** A backend refusal (4xx) as form state: its reasons beside the fields they name. Anything else is rethrown. */
export function backendFailure(e: unknown, form: FormData, fields: readonly string[]): FormState {
  if (!(e instanceof BackendError) || e.status >= 500) throw e
  const { errors, rest } = backendFieldErrors(e.message, fields)
  const t = getMessages()
  return { errors, values: formValues(form), message: rest.length ? `${t.validation.fromBackend} ${rest.join("; ")}` : undefined }
}
