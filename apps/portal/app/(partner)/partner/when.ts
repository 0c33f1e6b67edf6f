import { getLang } from "@/lib/i18n"

/** A job's time, in UTC and saying so: the portal's server does not know the partner's clock. */
export function formatWhen(iso: string): string {
  return `${new Intl.DateTimeFormat(getLang() === "zh" ? "zh-CN" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso))} UTC`
}
