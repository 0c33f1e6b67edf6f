import { NextResponse, type NextRequest } from "next/server"
import { CONTRAST_COOKIE, CONTRAST_HEADER, LOCALE_COOKIE, LOCALE_HEADER, ONE_YEAR_S, PATH_HEADER, isLocale } from "@/lib/locale"

/**
 * `?lang=ar` (the language switch and the hreflang URLs) and `?contrast=high|standard` (the display switch)
 * apply to this request and are remembered in a cookie; the current path is passed on for the switches.
 */
export function middleware(req: NextRequest) {
  const headers = new Headers(req.headers)
  headers.set(PATH_HEADER, req.nextUrl.pathname)
  const lang = req.nextUrl.searchParams.get("lang")
  const contrast = req.nextUrl.searchParams.get("contrast")
  const validContrast = contrast === "high" || contrast === "standard"
  if (isLocale(lang)) headers.set(LOCALE_HEADER, lang)
  if (validContrast) headers.set(CONTRAST_HEADER, contrast)
  const res = NextResponse.next({ request: { headers } })
  const cookie = { path: "/", maxAge: ONE_YEAR_S, sameSite: "lax" as const }
  if (isLocale(lang)) res.cookies.set(LOCALE_COOKIE, lang, cookie)
  if (validContrast) res.cookies.set(CONTRAST_COOKIE, contrast, cookie)
  return res
}

export const config = { matcher: ["/((?!_next/|api/|favicon.ico).*)"] }
