import { z } from "@medusajs/framework/zod"

export const RecallNoticeToken = z.object({
  token: z.string().trim().min(20, "token is required: use the link in the recall notice").max(100),
})
