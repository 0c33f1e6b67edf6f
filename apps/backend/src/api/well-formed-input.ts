import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Text PostgreSQL cannot take: a NUL byte (the wire protocol ends strings with it, and the connection is dropped)
 * or a lone UTF-16 surrogate (no UTF-8 for it; jsonb refuses its escape). Either one reaching a query was a 500.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function problem(text: string, where: string): string | undefined {
  if (text.includes("\u0000")) return `${where} contains a NUL character (\\u0000): remove it`
  const lone = LONE_SURROGATE.exec(text)
  if (lone) return `${where} contains a lone UTF-16 surrogate (\\u${lone[0].charCodeAt(0).toString(16)}): send the text as valid Unicode`
  return undefined
}

/** The first key or string in a parsed query or JSON body that cannot be stored, said where it is ("body.owner.city"). */
function firstProblem(root: unknown, name: string): string | undefined {
  // A loop, not recursion: a JSON body can be nested deeper than the stack.
  const pending: [unknown, string][] = [[root, name]]
  while (pending.length) {
    const [value, where] = pending.pop()!
    if (typeof value === "string") {
      const found = problem(value, where)
      if (found) return found
    } else if (value && typeof value === "object" && !Buffer.isBuffer(value)) {
      for (const [key, child] of Object.entries(value)) {
        const found = problem(key, `a field name in ${where}`)
        if (found) return found
        pending.push([child, `${where}.${key}`])
      }
    }
  }
  return undefined
}

/** The path's segments as the routes will decode them; a malformed %-escape or one that is not UTF-8 is refused here. */
function pathProblem(path: string): string | undefined {
  for (const segment of path.split("/")) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return `the path segment "${segment.slice(0, 60)}" is not valid percent-encoded UTF-8`
    }
    const found = problem(decoded, `the path segment "${segment.slice(0, 60)}"`)
    if (found) return found
  }
  return undefined
}

/**
 * Every request, on every route (Medusa's and ours): the path, the query and the parsed body carry only text
 * PostgreSQL can store, or the request is refused with 400 saying where. Registered for "/" it runs after Medusa's
 * body parser (applied to all paths before any route's middlewares) and before any route's validation.
 * Multipart forms are parsed later, by their route, which checks them with `unstorableTextIn`.
 */
export function refuseUnstorableText(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const found = pathProblem(req.path) ?? firstProblem(req.query, "query") ?? firstProblem(req.body, "body")
  next(found ? new MedusaError(MedusaError.Types.INVALID_DATA, found) : undefined)
}

/** The same check for what a route parses itself (multipart form fields): a 400 saying where, or undefined. */
export function unstorableTextIn(value: unknown, name: string): MedusaError | undefined {
  const found = firstProblem(value, name)
  return found ? new MedusaError(MedusaError.Types.INVALID_DATA, found) : undefined
}

/** PostgreSQL's data exceptions that only a value in the request can cause here. */
const BAD_VALUE_CODES = new Set([
  "22021", // character_not_in_repertoire: invalid byte sequence for UTF8
  "22P05", // untranslatable_character: e.g. a \u0000 or lone surrogate escape in jsonb
  "22003", // numeric_value_out_of_range
  "2201W", // invalid_row_count_in_limit_clause
  "2201X", // invalid_row_count_in_result_offset_clause
])
const UNKNOWN_ORDER = /^Trying to order by not existing property \w+\.(.+)$/

/** The fields a route answers with, which are the ones it can be sorted by (set on the request by validateAndTransformQuery). */
function sortableFields(req: MedusaRequest): string[] {
  const fields = (req.queryConfig?.fields ?? []) as string[]
  return fields.filter((f) => /^\w+$/.test(f))
}

/** A 400 for an error only the request's input can have caused, or undefined. */
export function asBadRequest(err: any, req: MedusaRequest): MedusaError | undefined {
  // Express decoding the path for a middleware of Medusa's that runs ahead of ours ("/admin*"): "Failed to decode param …".
  if (err instanceof URIError) return new MedusaError(MedusaError.Types.INVALID_DATA, `The path is not valid percent-encoded UTF-8: ${err.message}`)
  const code = err?.code ?? err?.cause?.code
  if (typeof code === "string" && BAD_VALUE_CODES.has(code)) {
    return new MedusaError(MedusaError.Types.INVALID_DATA, `A value in the request cannot be used: ${String(err.message).replace(/^.* - /, "")}`)
  }
  const order = typeof err?.message === "string" ? UNKNOWN_ORDER.exec(err.message) : null
  if (order) {
    const fields = sortableFields(req)
    const choice = fields.length ? `; sort by one of: ${fields.join(", ")} (with "-" before it for descending)` : ""
    return new MedusaError(MedusaError.Types.INVALID_DATA, `order: there is no field "${order[1]}" to sort by${choice}`)
  }
  return undefined
}
