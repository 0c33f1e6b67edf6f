import { NextResponse, type NextRequest } from "next/server"
import { suggestProducts } from "@/lib/search"

export const dynamic = "force-dynamic"

/** The search box's suggestions: the browser asks here, the server asks the store API with the publishable key. */
export async function GET(request: NextRequest) {
  const q = (request.nextUrl.searchParams.get("q") ?? "").trim().slice(0, 200)
  if (!q) return NextResponse.json({ suggestions: [] })
  try {
    return NextResponse.json({ suggestions: await suggestProducts(q) })
  } catch {
    // Suggestions are a convenience: the search form still works without them.
    return NextResponse.json({ suggestions: [] }, { status: 502 })
  }
}
