"use server"
import { revalidatePath } from "next/cache"
import type { z } from "zod"
import { redirect } from "next/navigation"
import { BackendError } from "../backend"
import { formValues, type FormState } from "../form"
import { getMessages } from "../i18n"
import { exceptionSchema, resolveExceptionSchema, handOverSchema, packagesSchema, PACKAGE_DIMENSIONS, receiveSchema, waybillCorrectionSchema } from "../schemas"
import { call } from "../session"
import type { Consignment } from "../types"
import { backendFailure, parseForm } from "./form-result"

const page = (id: string) => `/park/consignments/${encodeURIComponent(id)}`
const api = (id: string) => `/operator/consignments/${encodeURIComponent(id)}`

/** A scanned or typed label barcode: the consignment is received and its page opens for weighing. */
export async function receiveConsignment(_prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  const parsed = parseForm(receiveSchema(t.validation), form)
  if ("state" in parsed) return parsed.state
  let consignment: Consignment
  try {
    ;({ consignment } = await call<{ consignment: Consignment }>("operator", "/operator/consignments/receive", { json: parsed.data }))
  } catch (e) {
    // Whatever the backend says about a barcode (not in this park, not expected) belongs beside it.
    if (e instanceof BackendError && e.status < 500) return { errors: { barcode: e.message }, values: formValues(form) }
    throw e
  }
  redirect(`${page(consignment.id)}?done=received`)
}

/**
 * One of the operator's steps on a consignment: the form checked here, then sent to the backend,
 * whose refusals come back beside the fields they name; the page is re-read afterwards.
 */
async function consignmentStep<S extends z.ZodTypeAny>(
  id: string,
  step: string,
  schema: S,
  fields: (data: z.output<S>) => readonly string[],
  done: string,
  form: FormData
): Promise<FormState> {
  const parsed = parseForm(schema, form)
  if ("state" in parsed) return parsed.state
  try {
    await call("operator", `${api(id)}/${step}`, { json: parsed.data })
  } catch (e) {
    return backendFailure(e, form, fields(parsed.data))
  }
  revalidatePath(page(id))
  return { ok: true, message: done, errors: {}, values: {} }
}

/** Weights and dimensions of each package: the consignment is packed. */
export async function recordPackages(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  const fields = (d: { packages: unknown[] }) => d.packages.flatMap((_, i) => PACKAGE_DIMENSIONS.map((k) => `packages.${i}.${k}`))
  return consignmentStep(id, "packages", packagesSchema(t.validation), fields, t.park.packed, form)
}

/** To the carrier with its waybill; the backend refuses (409) until customs has released the declaration. */
export async function handOver(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  return consignmentStep(id, "hand-over", handOverSchema(t.validation), () => ["carrier", "waybill_number"], t.park.handedOver, form)
}

/** A mistyped waybill (or carrier) put right after the hand-over, with the reason; a second hand-over is refused. */
export async function correctWaybill(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  return consignmentStep(id, "waybill-correction", waybillCorrectionSchema(t.validation), () => ["waybill_number", "carrier", "reason"], t.park.corrected, form)
}

/** An exception dealt with, saying how; the backend records it on the timeline once. */
export async function resolveException(id: string, exceptionId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  return consignmentStep(id, `exceptions/${encodeURIComponent(exceptionId)}/resolve`, resolveExceptionSchema(t.validation), () => ["note"], t.park.exceptionResolved, form)
}

/** Damaged, missing, or held by customs, with what happened. */
export async function recordException(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  return consignmentStep(id, "exceptions", exceptionSchema(t.validation), () => ["kind", "note"], t.park.exceptionRecorded, form)
}
