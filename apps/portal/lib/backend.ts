import "server-only"
import { headers as requestHeaders } from "next/headers"
import { backendUrl } from "./config"

/** A non-2xx answer from the Medusa backend, with its message (Medusa's `{ type, message }` body). */
export class BackendError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

type Options = {
  token?: string
  method?: "GET" | "POST" | "DELETE"
  /** Sent as JSON. */
  json?: unknown
  /** Sent as multipart (file uploads). */
  form?: FormData
  query?: Record<string, string | number | undefined>
}

/** One call to the backend from the portal's server; the browser never sees the token. */
export async function backend<T>(path: string, opts: Options = {}): Promise<T> {
  const url = new URL(`${backendUrl()}${path}`)
  for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined && v !== "") url.searchParams.set(k, String(v))
  const headers: Record<string, string> = {}
  if (opts.token) headers.authorization = `Bearer ${opts.token}`
  if (opts.json !== undefined) headers["content-type"] = "application/json"
  const method = opts.method ?? (opts.json !== undefined || opts.form ? "POST" : "GET")
  // Writes (logins, registrations, resets among them) carry the visitor's address chain, so the backend's
  // per-address limits count each visitor, not this server; it believes the chain only from TRUSTED_PROXIES.
  if (method !== "GET") Object.assign(headers, await forwardedFor())
  const res = await fetch(url, {
    method,
    headers,
    body: opts.form ?? (opts.json !== undefined ? JSON.stringify(opts.json) : undefined),
    cache: "no-store",
  })
  if (!res.ok) throw new BackendError(res.status, await errorMessage(res))
  // Some of Medusa's routes answer with no JSON (the password reset request: 201 "Created").
  return (res.headers.get("content-type")?.includes("json") ? await res.json() : undefined) as T
}

/** The raw response, for downloads (CSV) that are passed on as they are. */
export async function backendRaw(path: string, token: string): Promise<Response> {
  const res = await fetch(`${backendUrl()}${path}`, { headers: { authorization: `Bearer ${token}` }, cache: "no-store" })
  if (!res.ok) throw new BackendError(res.status, await errorMessage(res))
  return res
}

/**
 * A backend download (CSV, PDF) passed on to the browser with its type and file name; a refusal is
 * passed on as its status and message.
 */
export async function download(path: string, token: string, fallback: { type: string; filename: string }): Promise<Response> {
  let res: Response
  try {
    res = await backendRaw(path, token)
  } catch (e) {
    if (e instanceof BackendError) return new Response(e.message, { status: e.status })
    throw e
  }
  return new Response(res.body, {
    headers: {
      "content-type": res.headers.get("content-type") ?? fallback.type,
      "content-disposition": res.headers.get("content-disposition") ?? `attachment; filename="${fallback.filename}"`,
    },
  })
}

async function errorMessage(res: Response): Promise<string> {
  const text = await res.text()
  try {
    const body = JSON.parse(text) as { message?: string }
    if (body.message) return body.message
  } catch {
    // not JSON: use the text
  }
  return text.slice(0, 300) || res.statusText
}

/** The request's X-Forwarded-For (Next.js sets it to the peer's address when no proxy did); none outside a request. */
async function forwardedFor(): Promise<Record<string, string>> {
  try {
    const chain = requestHeaders().get("x-forwarded-for")
    return chain ? { "x-forwarded-for": chain } : {}
  } catch {
    return {}
  }
}
