import { getRequestConfig } from "next-intl/server"
import { cookies, headers } from "next/headers"
import { LOCALE_COOKIE, LOCALE_HEADER, resolveLocale } from "@/lib/locale"

// No locale in the URL: /{countryCode} is the market, the language comes from the request.
export default getRequestConfig(async () => {
  const h = headers()
  const locale = resolveLocale(h.get(LOCALE_HEADER), cookies().get(LOCALE_COOKIE)?.value, h.get("accept-language"))
  return { locale, messages: (await import(`../messages/${locale}.json`)).default }
})
