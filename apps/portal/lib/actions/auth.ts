"use server"
import { cookies, headers } from "next/headers"
import { redirect } from "next/navigation"
import { backend, BackendError } from "../backend"
import type { FormState } from "../form"
import { getMessages, LANG_COOKIE } from "../i18n"
import { accountSchema, companySchema, COMPANY_FIELDS, loginSchema } from "../schemas"
import { clearToken, getToken, login, LOGIN_PAGE, setToken, type Actor } from "../session"
import { backendFailure, parseForm } from "./form-result"

/** Remembers the chosen language for a year and goes back to the page it was chosen on. */
export async function switchLanguage(form: FormData) {
  const lang = form.get("lang") === "en" ? "en" : "zh"
  cookies().set(LANG_COOKIE, lang, { maxAge: 365 * 24 * 3600, sameSite: "lax", path: "/" })
  let back = "/"
  try {
    const referer = new URL(headers().get("referer") ?? "/", "http://portal")
    back = `${referer.pathname}${referer.search}`
  } catch {
    // no usable referer: the start page
  }
  redirect(back)
}

async function logIn(actor: Actor, form: FormData, home: string): Promise<FormState> {
  const t = getMessages()
  const parsed = parseForm(loginSchema(t.validation), form)
  if ("state" in parsed) return parsed.state
  const token = await login(actor, parsed.data.email, parsed.data.password)
  if (!token) return { errors: {}, values: { email: parsed.data.email }, message: t.auth.wrong }
  setToken(actor, token)
  redirect(home)
}

export async function vendorLogin(_prev: FormState, form: FormData): Promise<FormState> {
  return logIn("manufacturer", form, "/status")
}

export async function adminLogin(_prev: FormState, form: FormData): Promise<FormState> {
  return logIn("admin", form, "/admin")
}

export async function operatorLogin(_prev: FormState, form: FormData): Promise<FormState> {
  return logIn("operator", form, "/park")
}

export async function partnerLogin(_prev: FormState, form: FormData): Promise<FormState> {
  return logIn("partner", form, "/partner")
}

export async function logout(form: FormData) {
  const named = form.get("actor")
  const actor: Actor = named === "admin" || named === "operator" || named === "partner" ? named : "manufacturer"
  clearToken(actor)
  redirect(LOGIN_PAGE[actor])
}

/** Sign-up step 1: a manufacturer login (Medusa auth identity), not yet tied to a company. */
export async function signupAccount(_prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  const parsed = parseForm(accountSchema(t.validation), form)
  if ("state" in parsed) return parsed.state
  try {
    const { token } = await backend<{ token: string }>("/auth/manufacturer/emailpass/register", { json: parsed.data })
    setToken("manufacturer", token)
  } catch (e) {
    // Medusa answers an existing identity with 401 "Identity with email already exists".
    if (e instanceof BackendError && e.status < 500) {
      return { errors: { email: t.signup.emailTaken }, values: { email: parsed.data.email } }
    }
    throw e
  }
  redirect("/signup/company")
}

/** Sign-up step 2: the company, pending review, with this login as its owner; then a token that names the member. */
export async function registerCompany(_prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  const token = getToken("manufacturer")
  if (!token) redirect("/signup")
  const parsed = parseForm(companySchema(t.validation), form)
  if ("state" in parsed) return parsed.state
  try {
    await backend("/vendor/manufacturers", { token, json: parsed.data })
  } catch (e) {
    return backendFailure(e, form, [...COMPANY_FIELDS, "owner"])
  }
  // The registration token has no actor yet; a refreshed one carries the new member's id.
  const refreshed = await backend<{ token: string }>("/auth/token/refresh", { token, method: "POST" })
  setToken("manufacturer", refreshed.token)
  redirect("/certificates?onboarding=1")
}
