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
      .min(3, "reason is required: say why the declaration is cancelled")
      .max(2000),
  })
  .strict()
export type AdminCancelDeclarationType = z.infer<typeof AdminCancelDeclaration>
