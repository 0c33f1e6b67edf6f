import { getRequestConfig } from "next-intl/server"
import { DEFAULT_LOCALE, isLocale } from "@/lib/locale"

// Pages set the language from their /{view} segment (lib/request.ts enterView); pages rendered per request
// may also get it from the header the middleware sets. Either way the middleware chose it.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE
  return { locale, messages: (await import(`../messages/${locale}.json`)).default }
})
