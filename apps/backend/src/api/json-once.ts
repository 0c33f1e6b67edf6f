import { createHash } from "node:crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

type Serialized = { body: Buffer; etag: string }

// Keyed by the answer object a cache hands out again and again; gone with that entry.
const serialized = new WeakMap<object, Serialized>()

/**
 * Answers with `answer` as JSON, serialised (and its ETag hashed) once per `answer` object, not once per
 * request: a cached answer is sent as the same bytes each time. `body(answer)` is what the client gets,
 * so it must be a function of `answer` alone. A client whose copy is current (If-None-Match) gets a 304.
 */
export function sendJsonOnce<T extends object>(req: MedusaRequest, res: MedusaResponse, answer: T, body: (answer: T) => unknown): void {
  let s = serialized.get(answer)
  if (!s) {
    const bytes = Buffer.from(JSON.stringify(body(answer)))
    s = { body: bytes, etag: `W/"${createHash("sha1").update(bytes).digest("base64url")}"` }
    serialized.set(answer, s)
  }
  // Express sends a Buffer as-is and keeps an ETag already set; `req.fresh` compares it with the client's.
  res.setHeader("Content-Type", "application/json; charset=utf-8")
  res.setHeader("ETag", s.etag)
  if (req.fresh) return void res.status(304).end()
  res.send(s.body)
}
