import { PRODUCT_HOLD_KINDS } from "@aem/trade-kit"
import { z } from "@medusajs/framework/zod"
import { oneOf } from "../../one-of"

export const AdminListProductHoldsParams = z
  .object({
    product_id: z.string().trim().min(1).optional(),
    manufacturer_id: z.string().trim().min(1).optional(),
    kind: oneOf(PRODUCT_HOLD_KINDS, `kind must be one of ${PRODUCT_HOLD_KINDS.join(", ")}`).optional(),
    status: oneOf(["open", "lifted"] as const, "status must be open or lifted").optional(),
  })
  .strict()
export type AdminListProductHoldsParamsType = z.infer<typeof AdminListProductHoldsParams>

export const AdminLiftProductHold = z
  .object({
    // A refinement, not min(1): Medusa rewrites zod's size errors into a message that does not say what to send.
    reason: z
      .string()
      .trim()
      .max(2000, "reason may be at most 2000 characters")
      .refine((r) => r.length > 0, { message: "reason is required: why the hold is lifted (it stays on the record)" }),
  })
  .strict()
export type AdminLiftProductHoldType = z.infer<typeof AdminLiftProductHold>
