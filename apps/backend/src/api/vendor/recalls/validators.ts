import { z } from "@medusajs/framework/zod"
import { RECALL_SCOPES } from "../../../modules/traceability/models/recall"
import { oneOf } from "../../one-of"

/** A recall as a manufacturer or platform staff opens it: what it covers and why. */
export const OpenRecall = z
  .object({
    product_id: z.string().trim().min(1, "product_id is required"),
    scope: oneOf(RECALL_SCOPES, "scope must be product, lot or serial_range"),
    lot: z.string().trim().min(1).max(20).optional(),
    serial_from: z.string().trim().min(1).max(60).optional(),
    serial_to: z.string().trim().min(1).max(60).optional(),
    reason: z.string().trim().min(10, "reason must say what is wrong (at least 10 characters)").max(2000),
  })
  .superRefine((r, ctx) => {
    if (r.scope === "lot" && !r.lot) ctx.addIssue({ code: "custom", path: ["lot"], message: "lot is required when scope is lot" })
    if (r.scope === "serial_range" && !(r.serial_from && r.serial_to)) {
      ctx.addIssue({ code: "custom", path: ["serial_from"], message: "serial_from and serial_to are required when scope is serial_range" })
    }
  })
export type OpenRecallType = z.infer<typeof OpenRecall>
