import type { ReactNode } from "react"
import { Shell } from "@/components/shell"
import { requireToken } from "@/lib/session"

export const dynamic = "force-dynamic"

/** Platform staff pages need an admin login. */
export default function StaffLayout({ children }: { children: ReactNode }) {
  requireToken("admin")
  return <Shell actor="admin">{children}</Shell>
}
