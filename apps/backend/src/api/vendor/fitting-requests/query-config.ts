import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { withRecommendedVariant } from "../../store/fitting-requests/query-config"
import type { VendorRequest } from "../tenant"

/** What the manufacturer needs to answer: the measurements and the product, not the buyer's identity. */
export const VENDOR_FITTING_FIELDS = [
  "id",
  "status",
  "measurement",
  "measured_cm",
  "note",
  "locale",
  "country_code",
  "answer",
  "answered_at",
  "recommended_variant_id",
  "created_at",
  "product.id",
  "product.title",
  "product.options.title",
  "product.variants.id",
  "product.variants.title",
]

/** One of this manufacturer's fitting requests; another manufacturer's is a 404. */
export async function loadVendorFittingRequest(req: VendorRequest, id: string) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "fitting_request",
    fields: VENDOR_FITTING_FIELDS,
    filters: { id, manufacturer_id: req.manufacturerId },
  })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Fitting request ${id} was not found`)
  return withRecommendedVariant(data[0])
}
