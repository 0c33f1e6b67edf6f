export const PAGE_SIZE = 12
/** A class page: two dozen cards, with links to the next pages. */
export const CATEGORY_PAGE_SIZE = 24

/** A 1-based page number from the query string; anything else is page 1. */
export function pageFrom(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(n) && n >= 1 ? n : 1
}
