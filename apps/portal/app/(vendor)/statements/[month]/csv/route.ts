import type { NextRequest } from "next/server"
import { download } from "@/lib/backend"
import { MONTH } from "@/lib/schemas"
import { getToken } from "@/lib/session"

export const dynamic = "force-dynamic"

/** The statement as CSV, fetched with the login kept in the httpOnly cookie and passed on as a download. */
export async function GET(req: NextRequest, { params }: { params: { month: string } }) {
  const token = getToken("manufacturer")
  if (!token) return Response.redirect(new URL("/login", req.url), 303)
  if (!MONTH.test(params.month)) return new Response("month must be YYYY-MM, e.g. 2026-11", { status: 400 })
  return download(`/vendor/statements/${params.month}/csv`, token, { type: "text/csv; charset=utf-8", filename: `statement-${params.month}.csv` })
}
