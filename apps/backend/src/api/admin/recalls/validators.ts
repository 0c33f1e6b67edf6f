import { z } from "@medusajs/framework/zod"

export const AdminListRecallsParams = z.object({
  status: z.enum(["open", "closed"]).optional(),
  manufacturer_id: z.string().min(1).optional(),
  product_id: z.string().min(1).optional(),
})
