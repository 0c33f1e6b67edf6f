import { z } from "@medusajs/framework/zod"

export const StoreApplyEntitlement = z
  .object({
    /** The entitlement code the beneficiary received (FUND-…). */
    code: z
      .string()
      .trim()
      .min(1, "code is required: the entitlement code the beneficiary received (FUND-…)")
      .max(40)
      .transform((c) => c.toUpperCase()),
  })
  .strict()

export type StoreApplyEntitlementType = z.infer<typeof StoreApplyEntitlement>
