"use server"
import { listMarkets } from "@aem/trade-kit"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { formValues, type FormState } from "../form"
import { formatDate, getMessages } from "../i18n"
import {
  CERTIFICATE_FIELDS,
  certificateSchema,
  COMPLAINT_ANSWER_FIELDS,
  complaintAnswerSchema,
  FITTING_ANSWER_FIELDS,
  fittingAnswerSchema,
  inviteSchema,
  PRODUCT_FIELDS,
  priceCurrencies,
  productCreateSchema,
  productEditSchema,
} from "../schemas"
import { BackendError } from "../backend"
import { call } from "../session"
import { findHsCodes } from "../trade"
import type { Order, Product } from "../types"
import { backendFailure, parseForm } from "./form-result"

/** Onboarding and the Certificates page: the scan goes on to the backend as multipart, as it came. */
export async function uploadCertificate(_prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  const parsed = parseForm(certificateSchema(t.validation), form)
  if ("state" in parsed) return parsed.state
  const file = form.get("file")
  if (!(file instanceof File) || !file.size) {
    return { errors: { file: t.validation.required }, values: formValues(form) }
  }
  const body = new FormData()
  for (const [k, v] of Object.entries(parsed.data)) body.set(k, v)
  body.set("file", file, file.name)
  try {
    await call("manufacturer", "/vendor/certificates", { form: body })
  } catch (e) {
    return backendFailure(e, form, CERTIFICATE_FIELDS)
  }
  revalidatePath("/certificates")
  return { ok: true, message: t.certificates.uploaded, errors: {}, values: {} }
}

/**
 * The HS picker inside the editor form: its search button (intent "hs-search") lists matches without
 * saving; a match chosen from that list ("hs_code_pick") is the code saved.
 */
function hsSearch(form: FormData): FormState | undefined {
  const pick = form.get("hs_code_pick")
  if (typeof pick === "string" && pick) form.set("hs_code", pick)
  if (form.get("intent") !== "hs-search") return undefined
  const values = formValues(form)
  const query = values.hs_code ?? ""
  return { errors: {}, values, search: { query, results: findHsCodes(query) } }
}

/** The editor's "new product": trade data, up to three models with prices. */
export async function createProduct(_prev: FormState, form: FormData): Promise<FormState> {
  const searched = hsSearch(form)
  if (searched) return searched
  const t = getMessages()
  const currencies = priceCurrencies(listMarkets().map((m) => m.currency))
  const parsed = parseForm(productCreateSchema(t.validation, currencies), form)
  if ("state" in parsed) return parsed.state
  let product: Product
  try {
    ;({ product } = await call<{ product: Product }>("manufacturer", "/vendor/products", { json: parsed.data }))
  } catch (e) {
    return backendFailure(e, form, [...PRODUCT_FIELDS, "variants", "currency_code"])
  }
  redirect(`/products/${product.id}?created=1`)
}

/** The editor on an existing product: a partial update of its fields. */
export async function updateProduct(productId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const searched = hsSearch(form)
  if (searched) return searched
  const t = getMessages()
  const parsed = parseForm(productEditSchema(t.validation), form)
  if ("state" in parsed) return parsed.state
  try {
    await call("manufacturer", `/vendor/products/${encodeURIComponent(productId)}`, { json: parsed.data })
  } catch (e) {
    return backendFailure(e, form, PRODUCT_FIELDS)
  }
  revalidatePath(`/products/${productId}`)
  return { ok: true, message: t.products.saved, errors: {}, values: formValues(form) }
}

/** Stock at the park, one number per model ("stock.<variant id>"); empty fields are left as they are. */
export async function setStock(productId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  const values = formValues(form)
  const errors: Record<string, string> = {}
  const levels = []
  for (const [name, raw] of Object.entries(values)) {
    if (!name.startsWith("stock.") || !raw.trim()) continue
    const n = Number(raw)
    if (!Number.isInteger(n) || n < 0) errors[name] = t.validation.wholeNumber
    else levels.push({ variant_id: name.slice("stock.".length), stocked_quantity: n })
  }
  if (Object.keys(errors).length) return { errors, values }
  if (!levels.length) return { errors: { [Object.keys(values).find((k) => k.startsWith("stock.")) ?? "stock"]: t.validation.required }, values }
  try {
    const { variants } = await call<{ variants: { id: string; sku: string | null; stocked_at_park: number }[] }>(
      "manufacturer",
      `/vendor/products/${encodeURIComponent(productId)}/stock`,
      { json: { levels } }
    )
    const lines = variants.map((v) => `${v.sku ?? v.id} ${v.stocked_at_park}`).join(", ")
    return { ok: true, message: t.products.stockSaved(lines), errors: {}, values }
  } catch (e) {
    return backendFailure(e, form, ["levels", "stocked_quantity"])
  }
}

export async function inviteStaff(_prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  const parsed = parseForm(inviteSchema(t.validation), form)
  if ("state" in parsed) return parsed.state
  try {
    const { invite } = await call<{ invite: { email: string; expires_at: string } }>("manufacturer", "/vendor/invites", { json: parsed.data })
    return { ok: true, message: t.team.sent(invite.email, formatDate(invite.expires_at)), errors: {}, values: {} }
  } catch (e) {
    return backendFailure(e, form, ["email"])
  }
}

/**
 * Declare a rejected (or unbuildable) declaration again after correcting its cause; the version the
 * page showed makes a double submit one resubmission. A refusal comes back to the page with its reason.
 */
export async function resubmitDeclaration(form: FormData) {
  const id = String(form.get("order_id") ?? "")
  const version = Number(form.get("version"))
  const page = `/orders/${encodeURIComponent(id)}`
  try {
    await call("manufacturer", `${page.replace("/orders", "/vendor/orders")}/declaration/resubmit`, { json: { version } })
  } catch (e) {
    if (!(e instanceof BackendError) || e.status >= 500) throw e
    redirect(`${page}?refused=${encodeURIComponent(e.message)}#declaration`)
  }
  redirect(`${page}?done=resubmit#declaration`)
}

/** Confirm an order, or mark it ready for hand-off to the park (the two steps a manufacturer takes). */
export async function advanceOrder(form: FormData) {
  const id = String(form.get("order_id") ?? "")
  const step = form.get("step") === "ready-for-handoff" ? "ready-for-handoff" : "confirm"
  await call<{ order: Order }>("manufacturer", `/vendor/orders/${encodeURIComponent(id)}/${step}`, { method: "POST" })
  redirect(`/orders/${encodeURIComponent(id)}?done=${step}`)
}

/** The manufacturer's answer to a buyer's fitting request, optionally naming the model that fits. */
export async function answerFittingRequest(requestId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  const parsed = parseForm(fittingAnswerSchema(t.validation), form)
  if ("state" in parsed) return parsed.state
  try {
    await call("manufacturer", `/vendor/fitting-requests/${encodeURIComponent(requestId)}/answer`, {
      json: { answer: parsed.data.answer, recommended_variant_id: parsed.data.recommended_variant_id ?? null },
    })
  } catch (e) {
    return backendFailure(e, form, FITTING_ANSWER_FIELDS)
  }
  revalidatePath(`/fitting/${requestId}`)
  return { ok: true, message: t.fitting.sent, errors: {}, values: formValues(form) }
}

/** The manufacturer's answer to a buyer's complaint (once: platform staff settle and close it). */
export async function answerComplaint(complaintId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  const parsed = parseForm(complaintAnswerSchema(t.validation), form)
  if ("state" in parsed) return parsed.state
  try {
    await call("manufacturer", `/vendor/complaints/${encodeURIComponent(complaintId)}/answer`, { json: { answer: parsed.data.answer } })
  } catch (e) {
    return backendFailure(e, form, COMPLAINT_ANSWER_FIELDS)
  }
  revalidatePath(`/complaints/${complaintId}`)
  return { ok: true, message: t.complaints.sent, errors: {}, values: formValues(form) }
}

/** The photos section: a photo and its alt texts go on to the backend as multipart, as they came. */
export async function uploadProductPhoto(productId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  const file = form.get("file")
  const altEn = String(form.get("alt[en]") ?? "").trim()
  const errors: Record<string, string> = {}
  if (!(file instanceof File) || !file.size) errors.file = t.validation.required
  if (!altEn) errors["alt[en]"] = t.validation.required
  if (Object.keys(errors).length) return { errors, values: formValues(form) }
  const body = new FormData()
  for (const [k, v] of form.entries()) if (k.startsWith("alt[") && typeof v === "string" && v.trim()) body.set(k, v.trim())
  body.set("file", file as File, (file as File).name)
  try {
    await call("manufacturer", `/vendor/products/${encodeURIComponent(productId)}/images`, { form: body })
  } catch (e) {
    return backendFailure(e, form, ["file", "alt"])
  }
  revalidatePath(`/products/${productId}`)
  return { ok: true, message: t.products.photos.uploaded, errors: {}, values: {} }
}

/**
 * One photo's form: its submit buttons say what to do (`intent`): save the alt texts, move up or down, make
 * it the thumbnail, or delete it (after the confirmation step).
 */
export async function changeProductPhoto(productId: string, imageId: string, rank: number, _prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages().products.photos
  const path = `/vendor/products/${encodeURIComponent(productId)}/images/${encodeURIComponent(imageId)}`
  const intent = form.get("intent")
  const alt = Object.fromEntries(
    [...form.entries()].flatMap(([k, v]) => {
      const lang = /^alt\[(\w+)\]$/.exec(k)?.[1]
      return lang && typeof v === "string" && v.trim() ? [[lang, v.trim()]] : []
    })
  )
  if (intent === "alt" && !alt.en) return { errors: { "alt[en]": getMessages().validation.required }, values: formValues(form) }
  const change: Record<string, { json: unknown; message: string } | undefined> = {
    alt: { json: { alt }, message: t.altSaved },
    up: { json: { rank: Math.max(0, rank - 1) }, message: t.moved(Math.max(0, rank - 1) + 1) },
    down: { json: { rank: rank + 1 }, message: t.moved(rank + 2) },
    thumbnail: { json: { thumbnail: true }, message: t.thumbnailSet },
  }
  try {
    if (intent === "delete") await call("manufacturer", path, { method: "DELETE" })
    else if (typeof intent === "string" && change[intent]) await call("manufacturer", path, { json: change[intent]!.json })
    else return { errors: {}, values: formValues(form) }
  } catch (e) {
    return backendFailure(e, form, ["alt"])
  }
  revalidatePath(`/products/${productId}`)
  return { ok: true, message: intent === "delete" ? t.deleted : change[intent as string]!.message, errors: {}, values: formValues(form) }
}
