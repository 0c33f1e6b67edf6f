import { createHmac, timingSafeEqual } from "crypto"
import { z } from "zod"

/**
 * Workers hand results back to the backend with signed POSTs to /hooks routes: an HMAC-SHA256 of
 * the timestamp, the path and the raw body under a secret both sides share. The timestamp bounds how long
 * a captured request stays usable; the path keeps it from being replayed to another route (`{}` to one
 * declaration's /submitted is also a valid body for another's); the backend also refuses a signature it
 * has already seen.
 */
export const HOOK_HEADERS = { timestamp: "x-aem-timestamp", signature: "x-aem-signature" } as const
export const HOOK_TOLERANCE_MS = 5 * 60_000
/** The demo secret `npm start` uses; set HOOKS_SECRET for both backend and workers in production. */
export const DEMO_HOOKS_SECRET = "demo-hooks-secret-change-me"
/**
 * The demo secret shared with the parks' systems (manifests we send, events they send us); in production
 * give each park its own (PARK_HOOKS_SECRETS) or set PARK_HOOKS_SECRET, on the backend and the workers.
 * Apart from HOOKS_SECRET so a park can never sign what only our workers may.
 */
export const DEMO_PARK_HOOKS_SECRET = "demo-park-hooks-secret-change-me"

/** The header with which a park's system names the park it signs for (its code, e.g. JXP). */
export const PARK_HEADER = "x-aem-park"

const ParkSecrets = z.record(z.string().min(16, "use at least 16 characters for each park's secret"))

/**
 * Each park's secret, by park code: its own from PARK_HOOKS_SECRETS (a JSON object, `{"JXP": "…"}`), else the
 * shared PARK_HOOKS_SECRET (the demo's). With their own secrets one park's system cannot sign for another's
 * consignments. Throws, saying what is wrong, for a setting that is not such an object.
 */
export function parkSecrets(env: { PARK_HOOKS_SECRETS?: string; PARK_HOOKS_SECRET?: string }): (parkCode: string) => string {
  const shared = env.PARK_HOOKS_SECRET || DEMO_PARK_HOOKS_SECRET
  let own: Record<string, string> = {}
  if (env.PARK_HOOKS_SECRETS) {
    let json: unknown
    try {
      json = JSON.parse(env.PARK_HOOKS_SECRETS)
    } catch {
      throw new Error('PARK_HOOKS_SECRETS must be a JSON object of park code to secret, e.g. {"JXP": "a long random secret"}')
    }
    const parsed = ParkSecrets.safeParse(json)
    if (!parsed.success) throw new Error(`PARK_HOOKS_SECRETS: ${parsed.error.issues.map((i) => `${i.path.join(".") || "value"}: ${i.message}`).join("; ")}`)
    own = Object.fromEntries(Object.entries(parsed.data).map(([code, secret]) => [code.toUpperCase(), secret]))
  }
  return (parkCode) => own[parkCode.toUpperCase()] ?? shared
}

/**
 * The demo secret the backend signs the storefront's page revalidations with (POST /api/revalidate); set
 * STOREFRONT_HOOKS_SECRET on the backend and the storefront in production. Apart from the others so the
 * storefront holds no secret that could sign a /hooks call.
 */
export const DEMO_STOREFRONT_HOOKS_SECRET = "demo-storefront-hooks-secret-change-me"

/** What a signature covers besides its timestamp: the path as the receiver sees it (with any query) and the raw body. */
export type SignedRequest = { path: string; body: string }

/** The path a signature covers for a URL: its pathname and query, without scheme, host or fragment. */
export function signedPath(url: string | URL): string {
  const u = new URL(url)
  return u.pathname + u.search
}

export function signHook(secret: string, request: SignedRequest, timestamp = Date.now()): Record<string, string> {
  const signature = createHmac("sha256", secret).update(`${timestamp}.${request.path}.${request.body}`).digest("hex")
  return { [HOOK_HEADERS.timestamp]: String(timestamp), [HOOK_HEADERS.signature]: `sha256=${signature}` }
}

/** Why a signed request is refused, or null when it is genuine and fresh. */
export function hookSignatureProblem(
  secret: string,
  request: { path: string; body: string | Buffer },
  headers: { timestamp?: string; signature?: string },
  now = Date.now()
): string | null {
  if (!headers.timestamp || !headers.signature) return `sign the request: ${HOOK_HEADERS.timestamp} and ${HOOK_HEADERS.signature} headers are required`
  const at = Number(headers.timestamp)
  if (!Number.isInteger(at)) return `${HOOK_HEADERS.timestamp} must be milliseconds since the epoch`
  if (Math.abs(now - at) > HOOK_TOLERANCE_MS) return `${HOOK_HEADERS.timestamp} is more than ${HOOK_TOLERANCE_MS / 60_000} minutes from the server's clock: sign the request again`
  const expected = Buffer.from(signHook(secret, { path: request.path, body: request.body.toString() }, at)[HOOK_HEADERS.signature])
  const given = Buffer.from(headers.signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return `the signature does not match the path and body: sign "<timestamp>.${request.path}.<body>", and check the secret on both sides`
  }
  return null
}
