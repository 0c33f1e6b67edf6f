import { z } from "@medusajs/framework/zod"

export const HookAllocateConsignment = z
  .object({ order_id: z.string().min(1, "order_id is required"), declaration_id: z.string().min(1, "declaration_id is required") })
  .strict()

export const HookManifestSent = z.object({ sent_at: z.string().datetime({ message: "sent_at must be an ISO 8601 time" }) }).strict()
