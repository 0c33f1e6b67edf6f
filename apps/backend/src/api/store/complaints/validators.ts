import { COMPLAINT_CATEGORIES } from "@aem/trade-kit"
import { z } from "@medusajs/framework/zod"
import { oneOf } from "../../one-of"

export const StoreFileComplaint = z
  .object({
    order_id: z.string().trim().min(1, "order_id is required: the order the complaint is about"),
    category: oneOf(COMPLAINT_CATEGORIES, `category must be one of ${COMPLAINT_CATEGORIES.join(", ")}`),
    // refine, not min(): Medusa rewrites min()'s message into a generic one.
    description: z
      .string({ message: "description is required: say what went wrong" })
      .trim()
      .refine((d) => d.length >= 10, "description must say what went wrong (at least 10 characters)")
      .refine((d) => d.length <= 4000, "description may be at most 4000 characters"),
    /** The line of the order the complaint is about; needed when the order holds goods of several manufacturers. */
    line_item_id: z.string().trim().min(1).optional(),
    /** The serial number (or UDI serial) on the device's label. */
    serial: z.string().trim().min(1).max(60, "serial may be at most 60 characters").optional(),
  })
  .strict()
export type StoreFileComplaintType = z.infer<typeof StoreFileComplaint>

export const StoreListComplaintsParams = z.object({ order_id: z.string().trim().min(1).optional() })
