import { getIsoClass } from "@aem/trade-kit"
import { z } from "@medusajs/framework/zod"

/** One rule: no manufacturer and no class sets the default; `rate_bps: null` removes the rule. */
export const AdminSetCommissionRate = z
  .object({
    manufacturer_id: z.string().trim().min(1).nullable().default(null),
    iso_class: z
      .string()
      .trim()
      .refine((c) => !!getIsoClass(c), { message: "iso_class is not an ISO 9999 class we know (e.g. \"12\" or \"12 22\")" })
      .nullable()
      .default(null),
    rate_bps: z
      .number()
      .int("rate_bps is in whole basis points (800 = 8%)")
      .min(0, "rate_bps cannot be negative")
      .max(10000, "rate_bps cannot be more than 10000 (100%)")
      .nullable(),
  })
  .strict()
export type AdminSetCommissionRateType = z.infer<typeof AdminSetCommissionRate>
