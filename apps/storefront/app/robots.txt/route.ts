import { siteOrigin } from "@/lib/request"

export const dynamic = "force-dynamic"

export function GET() {
  const body = `User-agent: *\nDisallow: /*/checkout\nDisallow: /*/account\nDisallow: /*/cart\nSitemap: ${siteOrigin()}/sitemap.xml\n`
  return new Response(body, { headers: { "content-type": "text/plain; charset=utf-8" } })
}
