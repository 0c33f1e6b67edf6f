import type { NextRequest } from "next/server"
import { BackendError, backendRaw } from "@/lib/backend"
import { getToken } from "@/lib/session"

export const dynamic = "force-dynamic"

/** GET /partner/jobs/:id/photos/:index — a photo of the partner's own report, fetched with its login (the httpOnly cookie). */
export async function GET(req: NextRequest, { params }: { params: { id: string; index: string } }) {
  const token = getToken("partner")
  if (!token) return Response.redirect(new URL("/partner/login", req.url), 303)
  let res: Response
  try {
    res = await backendRaw(`/partner/service-jobs/${encodeURIComponent(params.id)}/photos/${encodeURIComponent(params.index)}`, token)
  } catch (e) {
    if (e instanceof BackendError) return new Response(e.message, { status: e.status })
    throw e
  }
  return new Response(res.body, {
    headers: { "content-type": res.headers.get("content-type") ?? "application/octet-stream", "content-disposition": res.headers.get("content-disposition") ?? "inline" },
  })
}
