import "server-only"
import { cookies, headers } from "next/headers"
import { getLocale } from "next-intl/server"
import { CONTRAST_COOKIE, CONTRAST_HEADER, LOCALES, PATH_HEADER, isLocale, type Locale } from "./locale"

export async function currentLocale(): Promise<Locale> {
  const locale = await getLocale()
  return isLocale(locale) ? locale : "en"
}

/** The high-contrast, large-text display the buyer switched on (remembered in a cookie). */
export function highContrast(): boolean {
  return (headers().get(CONTRAST_HEADER) ?? cookies().get(CONTRAST_COOKIE)?.value) === "high"
}

export function currentPath(): string {
  return headers().get(PATH_HEADER) ?? "/"
}

/** The storefront's own origin, for absolute URLs in hreflang links, sitemaps and structured data. */
export function siteOrigin(): string {
  if (process.env.STOREFRONT_URL) return process.env.STOREFRONT_URL.replace(/\/$/, "")
  const h = headers()
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:8000"
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`
}

/** hreflang alternates of a path: each language as `?lang=`, language-and-country on a country's pages. */
export function languageAlternates(path: string): Record<string, string> {
  const country = /^\/([a-z]{2})(\/|$)/.exec(path)?.[1]
  const origin = siteOrigin()
  const entries = LOCALES.map((l) => [country ? `${l}-${country.toUpperCase()}` : l, `${origin}${path}?lang=${l}`])
  return { ...Object.fromEntries(entries), "x-default": `${origin}${path}` }
}
