import { z } from "@medusajs/framework/zod"

export const AdminListConsignmentsParams = z
  .object({
    park_id: z.string().optional(),
    status: z.string().optional(),
    order_id: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
