import "server-only"
import { getLocale, setRequestLocale } from "next-intl/server"
import { LOCALES, isLocale, type Locale } from "./locale"
import { parseView, type View } from "./view"

/**
 * The view of this render from the route's /{view} segment (see lib/view.ts). Every layout and page calls
 * it first: next-intl then takes the language from here instead of the request, which keeps pages cacheable.
 */
export function enterView(segment: string): View {
  const view = parseView(segment)
  setRequestLocale(view.locale)
  return view
}

export async function currentLocale(): Promise<Locale> {
  const locale = await getLocale()
  return isLocale(locale) ? locale : "en"
}

/**
 * The storefront's own public origin, for absolute URLs in hreflang links, sitemaps and structured data:
 * STOREFRONT_URL (set it behind a proxy), not the request's Host, so cached pages are the same for everyone.
 */
export function siteOrigin(): string {
  return (process.env.STOREFRONT_URL || `http://localhost:${process.env.PORT || 8000}`).replace(/\/$/, "")
}

/** hreflang alternates of a path: each language as `?lang=`, language-and-country on a country's pages. */
export function languageAlternates(path: string): Record<string, string> {
  const country = /^\/([a-z]{2})(\/|$)/.exec(path)?.[1]
  const origin = siteOrigin()
  const entries = LOCALES.map((l) => [country ? `${l}-${country.toUpperCase()}` : l, `${origin}${path}?lang=${l}`])
  return { ...Object.fromEntries(entries), "x-default": `${origin}${path}` }
}
