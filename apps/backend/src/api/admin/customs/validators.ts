import { CUSTOMS_MONTH_PATTERN, CUSTOMS_RATE_PATTERN } from "@aem/trade-kit"
import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const currency = z
  .string()
  .trim()
  .transform((c) => c.toUpperCase())
  .refine((c) => /^[A-Z]{3}$/.test(c), "currency is the ISO 4217 code of the order currency, e.g. KZT")
const month = z.string().trim().refine((m) => CUSTOMS_MONTH_PATTERN.test(m), "month is YYYY-MM, the month customs published the rate for (e.g. 2026-12)")
const rate = z
  .string()
  .trim()
  .refine((r) => CUSTOMS_RATE_PATTERN.test(r), "rate is CNY for one unit of the currency as customs publishes it: a positive decimal such as 0.013922 (a decimal point, no commas)")
const source = z
  .string()
  .trim()
  .refine((s) => s.length >= 3, "source is required: say where the figure comes from (e.g. customs' notice for the month)")
  .refine((s) => s.length <= 500, "source must be at most 500 characters")

export const AdminListCustomsExchangeRatesParams = createFindParams({ limit: 50, offset: 0 }).merge(
  z.object({ currency: currency.optional(), month: month.optional() })
)

export const AdminCreateCustomsExchangeRate = z.object({ currency, month, rate, source }).strict()
export type AdminCreateCustomsExchangeRateType = z.infer<typeof AdminCreateCustomsExchangeRate>

export const AdminUpdateCustomsExchangeRate = z
  .object({ rate: rate.optional(), source: source.optional() })
  .strict()
  .refine((b) => b.rate !== undefined || b.source !== undefined, "give the new rate, the new source, or both")
export type AdminUpdateCustomsExchangeRateType = z.infer<typeof AdminUpdateCustomsExchangeRate>
