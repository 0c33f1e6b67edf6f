import "server-only"
import { getIsoClass, listIsoClasses, searchHs } from "@aem/trade-kit"
import type { Lang } from "./i18n"

export type HsOption = { code: string; description: string }

/** HS 2022 subheadings (the codes a product can be declared under) matching a code prefix or words. */
export function findHsCodes(query: string, limit = 15): HsOption[] {
  return searchHs(query, { limit: 200 })
    .filter((e) => e.level === "subheading")
    .slice(0, limit)
    .map(({ code, description }) => ({ code, description }))
}

/** ISO 9999 classes grouped under their top-level class, named in the page's language. */
export function isoGroups(lang: Lang): { label: string; options: { value: string; label: string }[] }[] {
  const all = listIsoClasses()
  return all
    .filter((c) => c.level === 1)
    .map((top) => ({
      label: `${top.code} ${top.names[lang]}`,
      options: all.filter((c) => c.code === top.code || c.code.startsWith(`${top.code} `)).map((c) => ({ value: c.code, label: `${c.code} ${c.names[lang]}` })),
    }))
}

export function describeIso(code: unknown, lang: Lang): string {
  if (typeof code !== "string") return ""
  const iso = getIsoClass(code)
  return iso ? `${iso.code} ${iso.names[lang]}` : code
}
