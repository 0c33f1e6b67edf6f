import { DEFAULT_LOCALE, isLocale, type Locale } from "./locale"

/**
 * What a page's HTML depends on besides its URL: the language, the high-contrast display and whether a
 * buyer is signed in (a yes or no, never who). The middleware chooses it from ?lang=, cookies and
 * Accept-Language and rewrites /kz/… to /{view}/kz/… internally, so the public URLs stay as they are and
 * every page can be rendered once per view and cached (ISR) instead of once per request.
 */
export type View = { locale: Locale; highContrast: boolean; signedIn: boolean }

/** The buyer's Medusa token (httpOnly); the middleware only asks whether it is there. */
export const TOKEN_COOKIE = "aem_token"

const FLAGS = { highContrast: "contrast", signedIn: "signed-in" } as const

/** "ar", "ar~contrast", "en~contrast~signed-in". */
export function viewSegment(view: View): string {
  return [view.locale, ...(Object.keys(FLAGS) as (keyof typeof FLAGS)[]).filter((f) => view[f]).map((f) => FLAGS[f])].join("~")
}

/** The view a segment names; an unknown one is the default view (a hand-typed internal URL gets a page, not an error). */
export function parseView(segment: string): View {
  const [locale, ...flags] = decodeURIComponent(segment).split("~")
  return {
    locale: isLocale(locale) ? locale : DEFAULT_LOCALE,
    highContrast: flags.includes(FLAGS.highContrast),
    signedIn: flags.includes(FLAGS.signedIn),
  }
}

/**
 * The query parameters a cached page renders from, moved into a path segment by the middleware (a page
 * that read searchParams would be rendered per request). Only the keys the page knows are kept, each in
 * a bounded form, so a crafted query cannot fill the page cache with variants; none is "_".
 */
const pageNumber = (v: string) => (/^[1-9]\d{0,3}$/.test(v) ? v : null)

export const PAGE_STATE: Record<string, Record<string, (v: string) => string | null>> = {
  home: { page: pageNumber },
  products: {
    fit: (v) => (/^[\w-]{1,64}$/.test(v) ? v : null),
    measure: (v) => (/^\d{1,3}(\.\d)?$/.test(v) ? v : null),
    ask: (v) => (["sent", "email", "measure"].includes(v) ? v : null),
  },
  categories: {
    page: pageNumber,
    min: (v) => (/^\d{1,9}(\.\d{1,2})?$/.test(v) ? v : null),
    max: (v) => (/^\d{1,9}(\.\d{1,2})?$/.test(v) ? v : null),
    maker: (v) => (/^[\w-]{1,64}$/.test(v) ? v : null),
    cert: (v) => (/^[\w-]{1,32}$/.test(v) ? v : null),
    ships: (v) => (v === "1" ? v : null),
    stock: (v) => (v === "1" ? v : null),
  },
}

const NO_STATE = "_"

/** The page-state segment of a query for one kind of page: its known keys, sorted, base64url. */
export function stateSegment(kind: keyof typeof PAGE_STATE, query: URLSearchParams): string {
  const kept = new URLSearchParams()
  for (const [key, normalise] of Object.entries(PAGE_STATE[kind]).sort(([a], [b]) => a.localeCompare(b))) {
    const value = query.get(key)?.trim()
    const v = value ? normalise(value) : null
    if (v !== null) kept.set(key, v)
  }
  const text = kept.toString()
  return text ? btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "") : NO_STATE
}

/** The page state back as key-values, each checked again (the segment could have been typed by hand). */
export function readState(kind: keyof typeof PAGE_STATE, segment: string): Record<string, string> {
  if (!segment || segment === NO_STATE) return {}
  let query: URLSearchParams
  try {
    query = new URLSearchParams(atob(decodeURIComponent(segment).replace(/-/g, "+").replace(/_/g, "/")))
  } catch {
    return {}
  }
  const state: Record<string, string> = {}
  for (const [key, normalise] of Object.entries(PAGE_STATE[kind])) {
    const v = query.get(key)
    const kept = v === null ? null : normalise(v)
    if (kept !== null) state[key] = kept
  }
  return state
}
