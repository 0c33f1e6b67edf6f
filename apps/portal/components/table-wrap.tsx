import type { ReactNode } from "react"
import { getMessages } from "@/lib/i18n"

/**
 * A table that scrolls sideways when the page is narrow (320 px, or 200% zoom), not the page: focusable so a keyboard
 * can scroll it (axe scrollable-region-focusable), and named as a group rather than a landmark, as there are many.
 */
export function TableWrap({ children }: { children: ReactNode }) {
  const t = getMessages()
  return (
    <div className="table-wrap" role="group" aria-label={t.common.scrollableTable} tabIndex={0}>
      {children}
    </div>
  )
}
