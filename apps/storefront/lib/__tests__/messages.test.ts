import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser"
import { readFileSync } from "fs"
import path from "path"
import { LOCALES } from "../locale"

type Messages = { [key: string]: string | Messages }
const load = (l: string): Messages => JSON.parse(readFileSync(path.join(__dirname, "../../messages", `${l}.json`), "utf8"))
const keys = (m: Messages, prefix = ""): string[] =>
  Object.entries(m).flatMap(([k, v]) => (typeof v === "string" ? [prefix + k] : keys(v, `${prefix}${k}.`)))
/** The arguments an ICU message takes, inside select and plural options too (a message that does not parse throws). */
function argumentsOf(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((e) => {
    if (e.type === TYPE.literal || e.type === TYPE.pound) return []
    const own = e.type === TYPE.tag ? [`<${e.value}>`, ...argumentsOf(e.children)] : [e.value]
    const options = e.type === TYPE.select || e.type === TYPE.plural ? Object.values(e.options).flatMap((o) => argumentsOf(o.value)) : []
    return [...own, ...options]
  })
}
const placeholders = (s: string) => [...new Set(argumentsOf(parse(s)))].sort()

describe("interface translations", () => {
  const english = load("en")
  const englishKeys = keys(english).sort()
  const lookup = (m: Messages, key: string) => key.split(".").reduce<Messages | string>((o, k) => (o as Messages)[k], m) as string

  it.each(LOCALES.filter((l) => l !== "en"))("%s translates every English message with the same placeholders", (locale) => {
    const messages = load(locale)
    expect(keys(messages).sort()).toEqual(englishKeys)
    for (const key of englishKeys) {
      expect([key, placeholders(lookup(messages, key))]).toEqual([key, placeholders(lookup(english, key))])
    }
  })
})
