import { siteOrigin } from "@/lib/request"
import { sitemapIndex } from "@/lib/sitemap"

export const dynamic = "force-dynamic"

export function GET() {
  return new Response(sitemapIndex(siteOrigin()), { headers: { "content-type": "application/xml; charset=utf-8" } })
}
