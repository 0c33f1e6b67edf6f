import { z } from "@medusajs/framework/zod"
import { PARTNER_SERVICES } from "../../../modules/service-partner/status"
import { countryCode } from "../../partner/validators"

export const StoreFindServicePartnersParams = z
  .object({
    country_code: countryCode,
    city: z.string().trim().min(1).max(100, "city may be at most 100 characters").optional(),
    product_id: z.string().trim().min(1).max(100).optional(),
    service: z.enum(PARTNER_SERVICES, { message: `service must be one of ${PARTNER_SERVICES.join(", ")}` }).optional(),
  })
  .strict()
export type StoreFindServicePartnersParamsType = z.infer<typeof StoreFindServicePartnersParams>
