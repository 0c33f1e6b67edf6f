import { getIsoClass } from "@aem/trade-kit"
import { z } from "@medusajs/framework/zod"
import { countryCode } from "../../partner/validators"

export const VendorListServicePartnersParams = z.object({ country_code: countryCode.optional() }).strict()
export type VendorListServicePartnersParamsType = z.infer<typeof VendorListServicePartnersParams>

/** All products (nothing given), or only those named, or only those of the ISO 9999 classes named. */
export const VendorAuthoriseServicePartner = z
  .object({
    product_ids: z.array(z.string().trim().min(1).max(100), { message: "product_ids must be a list of your product ids" }).max(500).optional(),
    iso_classes: z
      .array(
        z.string().trim().refine((c) => !!getIsoClass(c), { message: "each ISO class must be one we know, e.g. \"12 22\" manual wheelchairs or \"12\"" }),
        { message: "iso_classes must be a list of ISO 9999 classes" }
      )
      .max(50)
      .optional(),
  })
  .strict()
export type VendorAuthoriseServicePartnerType = z.infer<typeof VendorAuthoriseServicePartner>
