import { LOCALES, type Locale } from "./locale"

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

export function sitemapIndex(origin: string): string {
  const entries = LOCALES.map((l) => `<sitemap><loc>${escape(`${origin}/sitemaps/${l}.xml`)}</loc></sitemap>`).join("")
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</sitemapindex>`
}

/** One language's pages in every country, each with its hreflang alternates. */
export function localeSitemap(origin: string, locale: Locale, countries: string[], paths: string[]): string {
  const urls = countries.flatMap((cc) =>
    paths.map((p) => {
      const path = `/${cc}${p}`
      const alternates = LOCALES.map(
        (l) => `<xhtml:link rel="alternate" hreflang="${l}-${cc.toUpperCase()}" href="${escape(`${origin}${path}?lang=${l}`)}"/>`
      ).join("")
      return `<url><loc>${escape(`${origin}${path}?lang=${locale}`)}</loc>${alternates}</url>`
    })
  )
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls.join("")}</urlset>`
  )
}
