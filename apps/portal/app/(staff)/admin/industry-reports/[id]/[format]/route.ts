import type { NextRequest } from "next/server"
import { BackendError, backendRaw } from "@/lib/backend"
import { getToken } from "@/lib/session"

export const dynamic = "force-dynamic"

/** A stored industry report (PDF or CSV), fetched with the staff login in the httpOnly cookie and passed on as a download. */
export async function GET(req: NextRequest, { params }: { params: { id: string; format: string } }) {
  const token = getToken("admin")
  if (!token) return Response.redirect(new URL("/admin/login", req.url), 303)
  if (!["pdf", "csv"].includes(params.format)) return new Response("format must be pdf or csv", { status: 404 })
  let res: Response
  try {
    res = await backendRaw(`/admin/industry-reports/${encodeURIComponent(params.id)}/${params.format}`, token)
  } catch (e) {
    if (e instanceof BackendError) return new Response(e.message, { status: e.status })
    throw e
  }
  return new Response(res.body, {
    headers: {
      "content-type": res.headers.get("content-type") ?? "application/octet-stream",
      "content-disposition": res.headers.get("content-disposition") ?? `attachment; filename="industry-report.${params.format}"`,
    },
  })
}
