import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withRecommendedVariant } from "../../store/fitting-requests/query-config"
import type { VendorRequest } from "../tenant"
import type { VendorListFittingRequestsParamsType } from "../validators"
import { VENDOR_FITTING_FIELDS } from "./query-config"

/** GET /vendor/fitting-requests?status=open — buyers' measurements sent to this manufacturer, newest first. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { limit = 20, offset = 0, status } = req.validatedQuery as VendorListFittingRequestsParamsType
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "fitting_request",
    fields: VENDOR_FITTING_FIELDS,
    filters: { manufacturer_id: req.manufacturerId, ...(status ? { status } : {}) },
    pagination: { take: limit, skip: offset, order: { created_at: "DESC" } },
  })
  res.json({ fitting_requests: data.map((r) => withRecommendedVariant(r)), count: metadata?.count ?? data.length, limit, offset })
}
