import { COMPLAINT_STATUSES } from "@aem/trade-kit"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { oneOf } from "../../one-of"

export const VendorListComplaintsParams = createFindParams({ limit: 20, offset: 0 }).extend({
  status: oneOf(COMPLAINT_STATUSES, `status must be one of ${COMPLAINT_STATUSES.join(", ")}`).optional(),
})
export type VendorListComplaintsParamsType = z.infer<typeof VendorListComplaintsParams>

export const VendorAnswerComplaint = z
  .object({
    // refine, not min(): Medusa rewrites min()'s message into a generic one.
    answer: z
      .string({ message: "answer is required: tell the buyer what you will do" })
      .trim()
      .refine((a) => a.length >= 10, "answer must tell the buyer what you will do (at least 10 characters)")
      .refine((a) => a.length <= 4000, "answer may be at most 4000 characters"),
  })
  .strict()
export type VendorAnswerComplaintType = z.infer<typeof VendorAnswerComplaint>
