"use server"
import { revalidatePath } from "next/cache"
import type { FormState } from "../form"
import { getMessages } from "../i18n"
import { cancelDeclarationSchema, EXCHANGE_RATE_FIELDS, exchangeRateChangeSchema, exchangeRateSchema, statusDecisionSchema } from "../schemas"
import { call } from "../session"
import { backendFailure, parseForm } from "./form-result"

/** Approve, reject (with a reason) or suspend (with a reason) a manufacturer. */
export async function decideStatus(manufacturerId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  const parsed = parseForm(statusDecisionSchema(t.validation), form)
  if ("state" in parsed) return parsed.state
  try {
    await call("admin", `/admin/manufacturers/${encodeURIComponent(manufacturerId)}/status`, { json: parsed.data })
  } catch (e) {
    return backendFailure(e, form, ["status", "reason"])
  }
  revalidatePath(`/admin/manufacturers/${manufacturerId}`)
  return { ok: true, message: t.admin.changed(t.status.names[parsed.data.status]), errors: {}, values: {} }
}

/** Withdraw a declaration that has not reached customs, or that customs rejected, saying why. */
export async function cancelDeclaration(declarationId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  const parsed = parseForm(cancelDeclarationSchema(t.validation), form)
  if ("state" in parsed) return parsed.state
  try {
    await call("admin", `/admin/declarations/${encodeURIComponent(declarationId)}/cancel`, { json: parsed.data })
  } catch (e) {
    return backendFailure(e, form, ["reason"])
  }
  revalidatePath("/admin/declarations")
  return { ok: true, message: t.declaration.cancelledDone, errors: {}, values: {} }
}

/** Enter customs' rate for a currency and month; declarations waiting for it are prepared again by the backend. */
export async function addExchangeRate(_prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  const parsed = parseForm(exchangeRateSchema(t.validation), form)
  if ("state" in parsed) return parsed.state
  try {
    await call("admin", "/admin/customs/exchange-rates", { json: parsed.data })
  } catch (e) {
    return backendFailure(e, form, EXCHANGE_RATE_FIELDS)
  }
  revalidatePath("/admin/customs/exchange-rates")
  return { ok: true, message: t.exchangeRates.saved, errors: {}, values: {} }
}

/** Correct a rate (or its source); declarations already built keep the rate they used. */
export async function changeExchangeRate(rateId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  const parsed = parseForm(exchangeRateChangeSchema(t.validation), form)
  if ("state" in parsed) return parsed.state
  try {
    await call("admin", `/admin/customs/exchange-rates/${encodeURIComponent(rateId)}`, { json: parsed.data })
  } catch (e) {
    return backendFailure(e, form, ["rate", "source"])
  }
  revalidatePath("/admin/customs/exchange-rates")
  return { ok: true, message: t.exchangeRates.saved, errors: {}, values: {} }
}
