import type { NextRequest } from "next/server"
import { download } from "@/lib/backend"
import { getToken } from "@/lib/session"

export const dynamic = "force-dynamic"

/** A stored industry report (PDF or CSV), fetched with the staff login in the httpOnly cookie and passed on as a download. */
export async function GET(req: NextRequest, { params }: { params: { id: string; format: string } }) {
  const token = getToken("admin")
  if (!token) return Response.redirect(new URL("/admin/login", req.url), 303)
  if (!["pdf", "csv"].includes(params.format)) return new Response("format must be pdf or csv", { status: 404 })
  return download(`/admin/industry-reports/${encodeURIComponent(params.id)}/${params.format}`, token, {
    type: "application/octet-stream",
    filename: `industry-report.${params.format}`,
  })
}
