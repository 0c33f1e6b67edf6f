import { readFileSync } from "fs"
import path from "path"
import { LOCALES } from "../locale"

type Messages = { [key: string]: string | Messages }
const load = (l: string): Messages => JSON.parse(readFileSync(path.join(__dirname, "../../messages", `${l}.json`), "utf8"))
const keys = (m: Messages, prefix = ""): string[] =>
  Object.entries(m).flatMap(([k, v]) => (typeof v === "string" ? [prefix + k] : keys(v, `${prefix}${k}.`)))
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort()

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
