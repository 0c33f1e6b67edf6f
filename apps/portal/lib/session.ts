import "server-only"
import { cookies } from "next/headers"
import { redirect } from "next/navigation"
import { backend, BackendError } from "./backend"

/** Who the portal talks to the backend as: a manufacturer member, platform staff (a Medusa admin user), a park operator, or a service partner's staff. */
export type Actor = "manufacturer" | "admin" | "operator" | "partner"

const COOKIE: Record<Actor, string> = { manufacturer: "portal_vendor_token", admin: "portal_admin_token", operator: "portal_operator_token", partner: "portal_partner_token" }
export const LOGIN_PAGE: Record<Actor, string> = { manufacturer: "/login", admin: "/admin/login", operator: "/park/login", partner: "/partner/login" }
/** The actor type each logs in as with Medusa (`/auth/{type}/emailpass`). */
export const AUTH_PROVIDER: Record<Actor, string> = { manufacturer: "manufacturer", admin: "user", operator: "operator", partner: "partner" }

export function getToken(actor: Actor): string | undefined {
  return cookies().get(COOKIE[actor])?.value
}

/** Kept in an httpOnly cookie: scripts in the page never see the JWT; it goes to the backend from the server only. */
export function setToken(actor: Actor, token: string) {
  cookies().set(COOKIE[actor], token, {
    httpOnly: true,
    sameSite: "lax",
    secure: (process.env.PORTAL_URL ?? "").startsWith("https://"),
    path: "/",
  })
}

export function clearToken(actor: Actor) {
  cookies().delete(COOKIE[actor])
}

/** Whether the JWT names an actor yet: a fresh manufacturer login has none until its company is registered. */
export function hasActor(token: string): boolean {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8")) as { actor_id?: string }
    return !!payload.actor_id
  } catch {
    return false
  }
}

/** The token for a page that needs a login; without one (or with a stale one), off to the login page. */
export function requireToken(actor: Actor): string {
  const token = getToken(actor)
  if (!token) redirect(LOGIN_PAGE[actor])
  if (actor === "manufacturer" && !hasActor(token)) redirect("/signup/company")
  return token
}

/** A backend call as the logged-in actor; a 401 means the login expired, so the person logs in again. */
export async function call<T>(actor: Actor, path: string, opts: Omit<Parameters<typeof backend>[1], "token"> = {}): Promise<T> {
  const token = requireToken(actor)
  try {
    return await backend<T>(path, { ...opts, token })
  } catch (e) {
    if (e instanceof BackendError && e.status === 401) redirect(`${LOGIN_PAGE[actor]}?expired=1`)
    throw e
  }
}

/** Logs in with Medusa's email/password provider for the actor type; null when the credentials are wrong. */
export async function login(actor: Actor, email: string, password: string): Promise<string | null> {
  try {
    const { token } = await backend<{ token: string }>(`/auth/${AUTH_PROVIDER[actor]}/emailpass`, { json: { email, password } })
    return token
  } catch (e) {
    if (e instanceof BackendError && e.status === 401) return null
    throw e
  }
}
