import { COMPLAINT_STATUSES } from "@aem/trade-kit"
import { z } from "@medusajs/framework/zod"
import { oneOf } from "../../one-of"

export const AdminListComplaintsParams = z.object({
  manufacturer_id: z.string().trim().min(1).optional(),
  status: oneOf(COMPLAINT_STATUSES, `status must be one of ${COMPLAINT_STATUSES.join(", ")}`).optional(),
})

export const AdminCloseComplaint = z
  .object({ resolution: z.string().trim().max(4000, "resolution may be at most 4000 characters").optional() })
  .strict()
export type AdminCloseComplaintType = z.infer<typeof AdminCloseComplaint>
