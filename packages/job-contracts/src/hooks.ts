import { createHmac, timingSafeEqual } from "crypto"

/**
 * Workers hand results back to the backend with signed POSTs to /hooks routes: an HMAC-SHA256 of
 * the timestamp and the raw body under a secret both sides share. The timestamp bounds how long a
 * captured request stays usable; the backend also refuses a signature it has already seen.
 */
export const HOOK_HEADERS = { timestamp: "x-aem-timestamp", signature: "x-aem-signature" } as const
export const HOOK_TOLERANCE_MS = 5 * 60_000
/** The demo secret `npm start` uses; set HOOKS_SECRET for both backend and workers in production. */
export const DEMO_HOOKS_SECRET = "demo-hooks-secret-change-me"
/**
 * The demo secret shared with the parks' systems (manifests we send, events they send us); set
 * PARK_HOOKS_SECRET on the backend and the workers in production. Apart from HOOKS_SECRET so a park
 * can never sign what only our workers may.
 */
export const DEMO_PARK_HOOKS_SECRET = "demo-park-hooks-secret-change-me"

/**
 * The demo secret the backend signs the storefront's page revalidations with (POST /api/revalidate); set
 * STOREFRONT_HOOKS_SECRET on the backend and the storefront in production. Apart from the others so the
 * storefront holds no secret that could sign a /hooks call.
 */
export const DEMO_STOREFRONT_HOOKS_SECRET = "demo-storefront-hooks-secret-change-me"

export function signHook(secret: string, body: string, timestamp = Date.now()): Record<string, string> {
  const signature = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")
  return { [HOOK_HEADERS.timestamp]: String(timestamp), [HOOK_HEADERS.signature]: `sha256=${signature}` }
}

/** Why a signed request is refused, or null when it is genuine and fresh. */
export function hookSignatureProblem(
  secret: string,
  rawBody: string | Buffer,
  headers: { timestamp?: string; signature?: string },
  now = Date.now()
): string | null {
  if (!headers.timestamp || !headers.signature) return `sign the request: ${HOOK_HEADERS.timestamp} and ${HOOK_HEADERS.signature} headers are required`
  const at = Number(headers.timestamp)
  if (!Number.isInteger(at)) return `${HOOK_HEADERS.timestamp} must be milliseconds since the epoch`
  if (Math.abs(now - at) > HOOK_TOLERANCE_MS) return `${HOOK_HEADERS.timestamp} is more than ${HOOK_TOLERANCE_MS / 60_000} minutes from the server's clock: sign the request again`
  const expected = Buffer.from(signHook(secret, rawBody.toString(), at)[HOOK_HEADERS.signature])
  const given = Buffer.from(headers.signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "the signature does not match the body: check HOOKS_SECRET on both sides"
  return null
}
