import { z } from "@medusajs/framework/zod"
import { PARTNER_SERVICES } from "../../../../../modules/service-partner/status"

export const StoreBookServiceJob = z
  .object({
    partner_id: z.string({ message: "partner_id is required: choose a partner near you" }).trim().min(1).max(100),
    service: z.enum(PARTNER_SERVICES, { message: `service must be one of ${PARTNER_SERVICES.join(", ")}` }),
    /** The device: a product of the order, or one traced unit of it (its serial's record). */
    product_id: z.string().trim().min(1).max(100).optional(),
    traced_unit_id: z.string().trim().min(1).max(100).optional(),
    note: z.string().trim().max(2000, "note may be at most 2000 characters").optional(),
    proposed_times: z
      .array(z.coerce.date({ message: "each proposed time must be a date and time, e.g. 2026-12-10T10:00:00+07:00" }), { message: "proposed_times must be a list" })
      .min(1, "propose at least one time that suits you")
      .max(5, "propose at most 5 times")
      .refine((ts) => ts.every((t) => t.getTime() > Date.now()), "proposed times must be in the future")
      .transform((ts) => ts.map((t) => t.toISOString())),
    locale: z.string().trim().regex(/^[a-z]{2}$/, "locale must be a 2-letter language code"),
  })
  .strict()
export type StoreBookServiceJobType = z.infer<typeof StoreBookServiceJob>

export const StoreCancelServiceJob = z
  .object({ reason: z.string().trim().min(3, "reason is required (at least 3 characters): the partner is told why").max(2000) })
  .strict()
export type StoreCancelServiceJobType = z.infer<typeof StoreCancelServiceJob>
