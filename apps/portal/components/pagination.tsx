import Link from "next/link"
import { getMessages } from "@/lib/i18n"

/** Previous / next links for a list the backend pages with limit and offset. */
export function Pagination({ path, count, limit, offset, params = {} }: { path: string; count: number; limit: number; offset: number; params?: Record<string, string> }) {
  const t = getMessages()
  if (count <= limit) return null
  const page = Math.floor(offset / limit) + 1
  const pages = Math.ceil(count / limit)
  const href = (p: number) => `${path}?${new URLSearchParams({ ...params, page: String(p) })}`
  return (
    <nav className="pagination" aria-label={t.common.pagination}>
      {page > 1 ? <Link href={href(page - 1)}>{t.common.previous}</Link> : null}
      <span>{t.common.page(page, pages)}</span>
      {page < pages ? <Link href={href(page + 1)}>{t.common.next}</Link> : null}
    </nav>
  )
}

export const PAGE_SIZE = 20

/** The offset for a `?page=N` search parameter. */
export function pageOffset(page: string | undefined): number {
  const n = Number(page)
  return Number.isInteger(n) && n > 1 ? (n - 1) * PAGE_SIZE : 0
}
