import { z } from "@medusajs/framework/zod"

export const MAX_COVERAGE_PRODUCTS = 200

export const StoreShippingCoverageParams = z
  .object({
    country_code: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z]{2}$/, "country_code must be an ISO 3166 alpha-2 code such as kz, ru or sa"),
    product_ids: z
      .string()
      .trim()
      .min(1, "product_ids lists the products to check, comma-separated")
      .transform((s) => [...new Set(s.split(",").map((id) => id.trim()).filter(Boolean))])
      .refine((ids) => ids.length <= MAX_COVERAGE_PRODUCTS, `product_ids may list at most ${MAX_COVERAGE_PRODUCTS} products`),
  })
  .strict()

export type StoreShippingCoverageParamsType = z.infer<typeof StoreShippingCoverageParams>
