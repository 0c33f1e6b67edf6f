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
