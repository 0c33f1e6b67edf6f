import { signHook } from "@aem/job-contracts"

export type BackendClient = { post: <T>(path: string, body: unknown) => Promise<T> }

/** The status that says retrying cannot help: the backend refused the request itself. */
export class BackendRefusedError extends Error {}

/** Signed POSTs to the backend's /hooks routes (HMAC over timestamp and body, see @aem/job-contracts). */
export function backendClient(baseUrl: string, secret: string): BackendClient {
  return {
    async post<T>(path: string, body: unknown): Promise<T> {
      const text = JSON.stringify(body)
      const res = await fetch(new URL(path, baseUrl), {
        method: "POST",
        headers: { "content-type": "application/json", ...signHook(secret, text) },
        body: text,
      })
      const answer = await res.text()
      if (!res.ok) {
        const message = `POST ${path} answered ${res.status}: ${answer.slice(0, 500)}`
        // 4xx other than a conflict or rate limit will fail the same way again.
        throw res.status >= 400 && res.status < 500 && res.status !== 409 && res.status !== 429 ? new BackendRefusedError(message) : new Error(message)
      }
      return JSON.parse(answer) as T
    },
  }
}
