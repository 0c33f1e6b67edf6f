import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { DECLARATION_STATUSES } from "../../../modules/customs/status"

export const AdminListDeclarationsParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({
    status: z.enum(DECLARATION_STATUSES).optional(),
    /** Only declarations the workers could not build (`true`). */
    has_problem: z.enum(["true", "false"]).optional(),
    order_id: z.string().min(1).optional(),
  })
)

export const AdminCancelDeclaration = z
  .object({
    reason: z
      .string({ message: "reason is required: say why the declaration is cancelled" })
      .trim()
      // A refinement keeps this message (Medusa rewords length errors).
      .refine((r) => r.length >= 3, "reason is required: say why the declaration is cancelled")
      .refine((r) => r.length <= 2000, "reason must be at most 2000 characters"),
  })
  .strict()
export type AdminCancelDeclarationType = z.infer<typeof AdminCancelDeclaration>
