"use server"
import { revalidatePath } from "next/cache"
import { z } from "zod"
import { formValues, type FormState } from "../form"
import { getMessages } from "../i18n"
import { call } from "../session"
import { backendFailure, parseForm } from "./form-result"

const page = (id: string) => `/partner/jobs/${encodeURIComponent(id)}`

/** One step of a job: sent to the backend (JSON, or multipart with photos), its refusals beside the fields they name. */
async function jobStep(id: string, step: string, body: { json?: unknown; form?: FormData }, fields: readonly string[], done: string, form: FormData): Promise<FormState> {
  try {
    await call("partner", `/partner/service-jobs/${encodeURIComponent(id)}/${step}`, { method: "POST", ...body })
  } catch (e) {
    return backendFailure(e, form, fields)
  }
  revalidatePath(page(id))
  return { ok: true, message: done, errors: {}, values: {} }
}

const reasonSchema = (required: string) => z.object({ reason: z.string().trim().min(3, required).max(2000) })

export async function acceptJob(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  return jobStep(id, "accept", { json: {} }, [], getMessages().partner.accepted, form)
}

export async function declineJob(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  const parsed = parseForm(reasonSchema(t.validation.required), form)
  if ("state" in parsed) return parsed.state
  return jobStep(id, "decline", { json: parsed.data }, ["reason"], t.partner.declined, form)
}

export async function cancelJob(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  const parsed = parseForm(reasonSchema(t.validation.required), form)
  if ("state" in parsed) return parsed.state
  return jobStep(id, "cancel", { json: parsed.data }, ["reason"], t.partner.cancelled, form)
}

/** The time agreed, from a datetime-local field read as the partner's own clock (with the offset the browser sends, else UTC). */
export async function scheduleJob(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  const at = String(form.get("scheduled_at") ?? "")
  const offset = String(form.get("tz_offset") ?? "")
  const when = new Date(/^[+-]\d{2}:\d{2}$/.test(offset) ? `${at}:00${offset}` : `${at}:00Z`)
  if (!at || Number.isNaN(when.getTime())) return { errors: { scheduled_at: t.validation.required }, values: formValues(form) }
  return jobStep(id, "schedule", { json: { scheduled_at: when.toISOString() } }, ["scheduled_at"], t.partner.scheduled, form)
}

/** The report: summary, measurements typed one a line ("name = value") and photos, sent as the backend's multipart form. */
export async function completeJob(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  const summary = String(form.get("summary") ?? "").trim()
  if (!summary) return { errors: { summary: t.validation.required }, values: formValues(form) }
  const body = new FormData()
  body.append("summary", summary)
  for (const line of String(form.get("measurements") ?? "").split("\n")) {
    const [name, ...value] = line.split("=")
    if (name?.trim() && value.join("=").trim()) body.append(`measurements[${name.trim()}]`, value.join("=").trim())
  }
  for (const photo of form.getAll("photos")) if (photo instanceof File && photo.size > 0) body.append("photos", photo, photo.name)
  return jobStep(id, "complete", { form: body }, ["summary", "measurements", "photos"], t.partner.completed, form)
}
