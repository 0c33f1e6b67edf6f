import type { ReactNode } from "react"
import { Shell } from "@/components/shell"
import { requireToken } from "@/lib/session"

export const dynamic = "force-dynamic"

/** The logistics park's pages need an operator login. */
export default function OperatorLayout({ children }: { children: ReactNode }) {
  requireToken("operator")
  return <Shell actor="operator">{children}</Shell>
}
