import { getMiddlewareMatchers } from "next/dist/build/analysis/get-page-static-info"
import { config } from "../../middleware"

// The middleware's matcher, compiled as Next.js compiles it: product handles may contain dots (Medusa accepts
// "crutch-v2.1") and must reach the middleware's rewrite; root files and Next's own paths must not.
const matches = (path: string) => getMiddlewareMatchers(config.matcher, {}).some((m) => new RegExp(m.regexp).test(path))

describe("middleware matcher", () => {
  it("routes catalogue pages, dotted handles included", () => {
    expect(["/kz", "/kz/products/crutch-v2.1", "/kz/categories/iso-12.22", "/sa/checkout"].filter(matches)).toEqual([
      "/kz",
      "/kz/products/crutch-v2.1",
      "/kz/categories/iso-12.22",
      "/sa/checkout",
    ])
  })
  it("leaves files, route handlers and Next's own paths alone", () => {
    expect(["/robots.txt", "/favicon.ico", "/sitemaps/en.xml", "/api/revalidate", "/_next/static/x.js"].filter(matches)).toEqual([])
  })
})
