"use server"
import { redirect } from "next/navigation"
import { backend, BackendError } from "../backend"
import { formValues, type FormState } from "../form"
import { getMessages } from "../i18n"
import { INVITATIONS, lookupInvitation, type InvitationKind } from "../invitations"
import { invitationSchema, newPasswordSchema, resetRequestSchema } from "../schemas"
import { AUTH_PROVIDER, login, LOGIN_PAGE, setToken, type Actor } from "../session"
import { backendFailure, parseForm } from "./form-result"

/** A refusal the person can act on by waiting (the backend's rate limit); anything else is rethrown. */
function tooMany(e: unknown, form: FormData): FormState {
  if (e instanceof BackendError && e.status === 429) {
    return { errors: {}, values: formValues(form), message: getMessages().account.tooMany }
  }
  throw e
}

/**
 * Someone who forgot their password asks for a link. The answer is the same whether or not the email has a
 * login (the backend mails only one that has).
 */
export async function requestPasswordReset(actor: Actor, _prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  const parsed = parseForm(resetRequestSchema(t.validation), form)
  if ("state" in parsed) return parsed.state
  try {
    await backend(`/auth/${AUTH_PROVIDER[actor]}/emailpass/reset-password`, { json: { identifier: parsed.data.email } })
  } catch (e) {
    return tooMany(e, form)
  }
  return { ok: true, message: t.account.resetSent, errors: {}, values: {} }
}

/** Whose login a reset link's token is for (Medusa's actor type in it); the backend checks the token itself. */
function resetActor(token: string): Actor | undefined {
  try {
    const { actor_type } = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8")) as { actor_type?: string }
    return (Object.keys(AUTH_PROVIDER) as Actor[]).find((a) => AUTH_PROVIDER[a] === actor_type)
  } catch {
    return undefined
  }
}

/** The mailed token (once, 15 minutes) sets the new password; then the person logs in with it. */
export async function setNewPassword(token: string, _prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  const parsed = parseForm(newPasswordSchema(t.validation), form)
  if ("state" in parsed) return parsed.state
  const actor = resetActor(token)
  if (!actor) return { errors: {}, values: {}, message: t.account.resetExpired }
  try {
    await backend(`/auth/${AUTH_PROVIDER[actor]}/emailpass/update`, { token, json: { password: parsed.data.password } })
  } catch (e) {
    if (e instanceof BackendError && e.status === 401) return { errors: {}, values: {}, message: t.account.resetExpired }
    return tooMany(e, form)
  }
  redirect(`${LOGIN_PAGE[actor]}?reset=1`)
}

/**
 * The invited person joins: a login of their own with the invited email (registered now, or the one they
 * already hold, proved by its password), the invitation accepted with it, and they land logged in.
 */
export async function acceptInvitation(kind: InvitationKind, token: string, _prev: FormState, form: FormData): Promise<FormState> {
  const t = getMessages()
  const { actor, api, page, home } = INVITATIONS[kind]
  const parsed = parseForm(invitationSchema(t.validation, kind), form)
  if ("state" in parsed) return parsed.state
  const invitation = await lookupInvitation(kind, token)
  // Used or expired since the page was shown: the page says so.
  if (invitation?.status !== "open") redirect(`${page}?token=${encodeURIComponent(token)}`)
  const { password, ...names } = parsed.data
  const values = formValues(form)
  delete values.password
  let loginToken: string
  try {
    loginToken = (await backend<{ token: string }>(`/auth/${AUTH_PROVIDER[actor]}/emailpass/register`, { json: { email: invitation.email, password } })).token
  } catch (e) {
    // Medusa answers 401 when the email has a login already (as a buyer, say, or from an earlier try here).
    if (!(e instanceof BackendError && e.status === 401)) return tooMany(e, form)
    const existing = await login(actor, invitation.email, password)
    if (!existing) return { errors: { password: t.account.existingPassword }, values }
    loginToken = existing
  }
  try {
    await backend(`${api}/accept`, { token: loginToken, json: { token, ...names } })
  } catch (e) {
    return { ...backendFailure(e, form, Object.keys(names)), values }
  }
  // The login now names its operator or staff member: a fresh token carries it.
  const refreshed = await backend<{ token: string }>("/auth/token/refresh", { token: loginToken, method: "POST" })
  setToken(actor, refreshed.token)
  redirect(home)
}
