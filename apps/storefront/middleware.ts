import { NextResponse, type NextRequest } from "next/server"
import { CONTRAST_COOKIE, LOCALE_COOKIE, LOCALE_HEADER, ONE_YEAR_S, isLocale, resolveLocale } from "@/lib/locale"
import { PAGE_STATE, TOKEN_COOKIE, stateSegment, viewSegment } from "@/lib/view"

/** /{cc} (the home page), /{cc}/products/{handle} and /{cc}/categories/{handle}: the pages cached per view and page state. */
const STATEFUL_PAGE = /^\/[a-z]{2}(?:\/(products|categories)\/[^/]+)?$/

/**
 * `?lang=ar` (the language switch and the hreflang URLs) and `?contrast=high|standard` (the display switch)
 * apply to this request and are remembered in a cookie. The request is then rewritten to the internal
 * /{view}/… route (see lib/view.ts), so pages render from their path alone and can be cached.
 */
export function middleware(req: NextRequest) {
  const { pathname, searchParams } = req.nextUrl
  const lang = searchParams.get("lang")
  const contrast = searchParams.get("contrast")
  const validContrast = contrast === "high" || contrast === "standard"
  const locale = resolveLocale(lang, req.cookies.get(LOCALE_COOKIE)?.value, req.headers.get("accept-language"))
  const view = viewSegment({
    locale,
    highContrast: (validContrast ? contrast : req.cookies.get(CONTRAST_COOKIE)?.value) === "high",
    signedIn: req.cookies.has(TOKEN_COOKIE),
  })
  const url = req.nextUrl.clone()
  const match = STATEFUL_PAGE.exec(pathname)
  const kind = match ? ((match[1] ?? "home") as keyof typeof PAGE_STATE) : undefined
  // The home page's state segment needs a route of its own under the country's: /{view}/{cc}/home/{state}.
  url.pathname = `/${view}${pathname === "/" ? "" : pathname}${kind === "home" ? "/home" : ""}${kind ? `/${stateSegment(kind, searchParams)}` : ""}`
  // Pages rendered per request (cart, checkout, account…) read the language from here.
  const headers = new Headers(req.headers)
  headers.set(LOCALE_HEADER, locale)
  const res = NextResponse.rewrite(url, { request: { headers } })
  const cookie = { path: "/", maxAge: ONE_YEAR_S, sameSite: "lax" as const }
  if (isLocale(lang)) res.cookies.set(LOCALE_COOKIE, lang, cookie)
  if (validContrast) res.cookies.set(CONTRAST_COOKIE, contrast, cookie)
  // Cached pages differ by cookie and Accept-Language under one public URL: no shared cache may keep them
  // (Next.js would say s-maxage). The per-request pages keep Next's own no-store.
  if (kind || pathname === "/") res.headers.set("cache-control", "private, no-cache")
  return res
}

// Everything but Next's own files, route handlers and files with an extension (robots.txt, sitemaps, icons).
export const config = { matcher: ["/((?!_next/|api/|sitemaps/|[^/]*\\.[^/]*$).*)"] }
