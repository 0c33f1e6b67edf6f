import "server-only"
import { getHs, getIsoClass, normaliseHsCode } from "@aem/trade-kit"

/** "8713100000 — Carriages for disabled persons; not mechanically propelled (HS 871310)". */
export function describeHsCode(code: string | null): string | null {
  if (!code) return null
  const normalised = normaliseHsCode(code)
  if (!normalised.ok) return code
  const entry = getHs(normalised.subheading)
  return entry ? `${normalised.code} — ${entry.description} (HS ${normalised.subheading})` : normalised.code
}

/** "12 22 Manual wheelchairs" in English (the storefront's languages come with issue #5). */
export function describeIsoClass(code: string | undefined): string | null {
  if (!code) return null
  const iso = getIsoClass(code)
  return iso ? `${iso.code} ${iso.names.en}` : code
}
