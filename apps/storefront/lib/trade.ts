import "server-only"
import { getHs, getIsoClass, normaliseHsCode } from "@aem/trade-kit"
import type { Locale } from "./locale"

/** "8713100000 — Carriages for disabled persons; not mechanically propelled (HS 871310)". */
export function describeHsCode(code: string | null): string | null {
  if (!code) return null
  const normalised = normaliseHsCode(code)
  if (!normalised.ok) return code
  const entry = getHs(normalised.subheading)
  return entry ? `${normalised.code} — ${entry.description} (HS ${normalised.subheading})` : normalised.code
}

/**
 * An ISO 9999 class name in the buyer's language where the trade kit has it (en, ru, ar), else in English;
 * `lang` says which, so screen readers pronounce it right.
 */
export function isoClassName(code: string | undefined | null, locale: Locale): { code: string; name: string; lang: Locale } | null {
  if (!code) return null
  const iso = getIsoClass(code)
  if (!iso) return null
  const translated = locale === "ru" || locale === "ar" ? iso.names[locale] : undefined
  return translated ? { code: iso.code, name: translated, lang: locale } : { code: iso.code, name: iso.names.en, lang: "en" }
}

/** The ISO 9999 code of a category handle ("iso-12-22" → "12 22"). */
export function isoCodeOfHandle(handle: string): string | null {
  const m = /^iso-(\d\d(?:-\d\d)*)$/.exec(handle)
  return m ? m[1].replace(/-/g, " ") : null
}
