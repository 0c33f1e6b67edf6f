import type { NextRequest } from "next/server"
import { findHsCodes } from "@/lib/trade"

export const dynamic = "force-dynamic"

/** GET /api/hs?q=8713 or ?q=disabled persons — suggestions for the HS code combobox. */
export function GET(req: NextRequest) {
  const q = (req.nextUrl.searchParams.get("q") ?? "").slice(0, 100)
  return Response.json({ results: findHsCodes(q) })
}
