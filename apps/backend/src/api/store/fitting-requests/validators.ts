import { FITTING_MEASUREMENTS } from "@aem/trade-kit"
import { z } from "@medusajs/framework/zod"

export const StoreCreateFittingRequest = z
  .object({
    product_id: z.string().trim().min(1, "product_id is required"),
    measurement: z.enum(FITTING_MEASUREMENTS, { message: `measurement must be one of ${FITTING_MEASUREMENTS.join(", ")}` }),
    measured_cm: z.number({ message: "measured_cm must be a number of centimetres" }).positive("measured_cm must be a number of centimetres"),
    note: z.string().trim().max(1000, "note may be at most 1000 characters").optional(),
    /** A guest's email, for the answer; a logged-in buyer's account email is used instead. */
    email: z.string().trim().email("email must be an email address").optional(),
    locale: z.string().trim().regex(/^[a-z]{2}$/, "locale must be a 2-letter language code"),
    country_code: z.string().trim().regex(/^[a-zA-Z]{2}$/, "country_code must be a 2-letter country code").transform((c) => c.toLowerCase()),
  })
  .strict()

export type StoreCreateFittingRequestType = z.infer<typeof StoreCreateFittingRequest>
