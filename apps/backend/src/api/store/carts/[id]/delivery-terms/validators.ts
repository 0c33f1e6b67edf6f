import { z } from "@medusajs/framework/zod"

export const StoreSetDeliveryTerms = z
  .object({
    /** DAP: duties and import VAT paid to the carrier on delivery; DDP: paid now, at checkout. */
    terms: z.enum(["DAP", "DDP"]),
  })
  .strict()

export type StoreSetDeliveryTermsType = z.infer<typeof StoreSetDeliveryTerms>
