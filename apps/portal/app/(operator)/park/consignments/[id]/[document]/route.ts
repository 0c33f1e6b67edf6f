import type { NextRequest } from "next/server"
import { BackendError, backendRaw } from "@/lib/backend"
import { getToken } from "@/lib/session"

export const dynamic = "force-dynamic"

const DOCUMENTS = ["label", "packing-list"]

/**
 * GET /park/consignments/:id/label and …/packing-list — the PDF fetched with the operator's login (kept
 * in the httpOnly cookie) and shown inline, for printing.
 */
export async function GET(req: NextRequest, { params }: { params: { id: string; document: string } }) {
  if (!DOCUMENTS.includes(params.document)) return new Response("Not found", { status: 404 })
  const token = getToken("operator")
  if (!token) return Response.redirect(new URL("/park/login", req.url), 303)
  let res: Response
  try {
    res = await backendRaw(`/operator/consignments/${encodeURIComponent(params.id)}/${params.document}`, token)
  } catch (e) {
    if (e instanceof BackendError) return new Response(e.message, { status: e.status })
    throw e
  }
  return new Response(res.body, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": res.headers.get("content-disposition") ?? `inline; filename="${params.document}-${params.id}.pdf"`,
    },
  })
}
