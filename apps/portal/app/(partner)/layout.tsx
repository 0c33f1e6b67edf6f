import type { ReactNode } from "react"
import { Shell } from "@/components/shell"
import { requireToken } from "@/lib/session"

export const dynamic = "force-dynamic"

/** A service partner's pages need a partner login. */
export default function PartnerLayout({ children }: { children: ReactNode }) {
  requireToken("partner")
  return <Shell actor="partner">{children}</Shell>
}
