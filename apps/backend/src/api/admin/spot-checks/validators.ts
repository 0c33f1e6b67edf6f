import { z } from "@medusajs/framework/zod"
import { oneOf } from "../../one-of"

/** A spot check's fields, sent as multipart form fields next to the lab's report (`file`). */
export const AdminRecordSpotCheck = z.object({
  product_id: z.string().trim().min(1, "product_id is required: the sampled product"),
  lab: z.string().trim().min(2, "lab is required: the laboratory that tested the sample").max(200),
  sampled_at: z.string().date("sampled_at must be a date (YYYY-MM-DD)"),
  result: oneOf(["passed", "failed"] as const, "result must be passed or failed"),
  findings: z.string().trim().max(4000).optional(),
})
export type AdminRecordSpotCheckType = z.infer<typeof AdminRecordSpotCheck>

export const AdminListSpotChecksParams = z.object({
  manufacturer_id: z.string().min(1).optional(),
  product_id: z.string().min(1).optional(),
  result: z.enum(["passed", "failed"]).optional(),
})
