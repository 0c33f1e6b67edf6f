import { z } from "@medusajs/framework/zod"
import { CONSIGNMENT_STATUSES } from "../../../modules/logistics/status"

export const AdminListConsignmentsParams = z
  .object({
    park_id: z.string().optional(),
    status: z.enum(CONSIGNMENT_STATUSES, { message: `status must be one of ${CONSIGNMENT_STATUSES.join(", ")}` }).optional(),
    order_id: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
