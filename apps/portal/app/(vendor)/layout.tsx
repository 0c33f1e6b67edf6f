import type { ReactNode } from "react"
import { Shell } from "@/components/shell"
import { requireToken } from "@/lib/session"

export const dynamic = "force-dynamic"

/** Every manufacturer page needs a manufacturer login that belongs to a company. */
export default function VendorLayout({ children }: { children: ReactNode }) {
  requireToken("manufacturer")
  return <Shell actor="manufacturer">{children}</Shell>
}
