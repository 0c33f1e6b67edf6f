import { signHook, signedPath } from "@aem/job-contracts"

export type BackendClient = { post: <T>(path: string, body: unknown) => Promise<T> }

/** The backend refused the request itself: retrying cannot help. */
export class BackendRefusedError extends Error {}

const REFUSED = new Set([400, 401, 403, 404, 413])
const REQUEST_TIMEOUT_MS = 120_000

/** Signed POSTs to the backend's /hooks routes (HMAC over timestamp, path and body, see @aem/job-contracts). */
export function backendClient(baseUrl: string, secret: string): BackendClient {
  return {
    async post<T>(path: string, body: unknown): Promise<T> {
      const text = JSON.stringify(body)
      const url = new URL(path, baseUrl)
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...signHook(secret, { path: signedPath(url), body: text }) },
        body: text,
        // A request the backend never answers (it restarted mid-request) fails and is retried instead of hanging the job.
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      })
      const answer = await res.text()
      if (!res.ok) {
        const message = `POST ${path} answered ${res.status}: ${answer.slice(0, 500)}`
        // A bad body, a bad signature or an unknown declaration fails the same way again; anything else
        // (a conflict with a concurrent delivery, a restart) may pass on retry.
        throw REFUSED.has(res.status) ? new BackendRefusedError(message) : new Error(message)
      }
      return JSON.parse(answer) as T
    },
  }
}
