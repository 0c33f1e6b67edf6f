import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { MANUFACTURER_STATUSES, NEEDS_REASON } from "../../../modules/manufacturer/status"

export const AdminListManufacturersParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({
    status: z.enum(MANUFACTURER_STATUSES).optional(),
    q: z.string().trim().min(1).optional(),
  })
)

export const AdminChangeManufacturerStatus = z
  .object({
    status: z.enum(["approved", "rejected", "suspended"]),
    reason: z.string().trim().max(2000).optional(),
  })
  .strict()
  .refine((b) => !NEEDS_REASON.includes(b.status) || (b.reason?.length ?? 0) >= 3, {
    message: "reason is required (at least 3 characters) when rejecting or suspending: the manufacturer is told why",
    path: ["reason"],
  })

export type AdminChangeManufacturerStatusType = z.infer<typeof AdminChangeManufacturerStatus>
