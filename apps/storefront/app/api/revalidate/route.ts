import { HOOK_HEADERS, hookSignatureProblem, secretOrDemo, signedPath } from "@aem/job-contracts"
import { revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"
import { z } from "zod"
import { CATALOG_TAGS } from "@/lib/medusa"

export const dynamic = "force-dynamic"

const Body = z.union([
  /** These products' entries in the catalogue read model changed (or left it). */
  z.strictObject({ handles: z.array(z.string().min(1).max(200)).min(1).max(10_000) }),
  /** A category was created, renamed, translated or deleted: its name on the class and home pages. */
  z.strictObject({ categories: z.literal(true) }),
  /** The read model was rebuilt: every cached catalogue answer and page goes. */
  z.strictObject({ all: z.literal(true) }),
])

/**
 * The backend's catalogue indexer calls this after each write to the read model, signed like the /hooks
 * routes (HMAC of timestamp, path and body, STOREFRONT_HOOKS_SECRET). The cached answers and the pages rendered
 * from them are dropped, so the next request renders afresh. Replays are harmless (a page renders again),
 * so unlike the backend's hooks no signature store is kept.
 */
export async function POST(request: NextRequest) {
  const raw = await request.text()
  const problem = hookSignatureProblem(secretOrDemo(process.env, "STOREFRONT_HOOKS_SECRET"), { path: signedPath(request.url), body: raw }, {
    timestamp: request.headers.get(HOOK_HEADERS.timestamp) ?? undefined,
    signature: request.headers.get(HOOK_HEADERS.signature) ?? undefined,
  })
  if (problem) return NextResponse.json({ message: problem }, { status: 401 })
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return NextResponse.json({ message: "the body must be JSON: {\"handles\": [\"…\"]}, {\"categories\": true} or {\"all\": true}" }, { status: 400 })
  }
  const body = Body.safeParse(json)
  if (!body.success) return NextResponse.json({ message: `send {"handles": ["…"]}, {"categories": true} or {"all": true}: ${z.prettifyError(body.error)}` }, { status: 400 })
  const tags =
    "all" in body.data
      ? [CATALOG_TAGS.all]
      : "categories" in body.data
        ? [CATALOG_TAGS.categories]
        : [CATALOG_TAGS.lists, ...new Set(body.data.handles.map(CATALOG_TAGS.product))]
  for (const tag of tags) revalidateTag(tag)
  return NextResponse.json({ revalidated: tags.length })
}
