import "server-only"
import { cookies } from "next/headers"
import { en } from "./messages/en"
import { zh, type Messages } from "./messages/zh"

export type Lang = "zh" | "en"
export const LANG_COOKIE = "portal_lang"
const DICTIONARIES: Record<Lang, Messages> = { zh, en }

/** The language the person chose (remembered in a cookie); Chinese until they choose. */
export function getLang(): Lang {
  return cookies().get(LANG_COOKIE)?.value === "en" ? "en" : "zh"
}

export function getMessages(lang: Lang = getLang()): Messages {
  return DICTIONARIES[lang]
}

/** Dates and amounts in the page's language. */
export function formatDate(value: string | Date, lang: Lang = getLang()): string {
  return new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-GB", { dateStyle: "medium", timeZone: "Asia/Shanghai" }).format(new Date(value))
}

export function formatMoney(amount: number, currency: string, lang: Lang = getLang()): string {
  return new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en-GB", { style: "currency", currency: currency.toUpperCase() }).format(amount)
}
