import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorRequest } from "../tenant"
import { withProducts } from "./load"
import { VENDOR_COMPLAINT_FIELDS } from "./query-config"
import type { VendorListComplaintsParamsType } from "./validators"

/** GET /vendor/complaints — buyers' complaints about this manufacturer's goods (`?status=open`), newest first, 20 a page. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { limit = 20, offset = 0, status } = req.validatedQuery as VendorListComplaintsParamsType
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "complaint",
    fields: VENDOR_COMPLAINT_FIELDS,
    filters: { manufacturer_id: req.manufacturerId, ...(status ? { status } : {}) },
    pagination: { take: limit, skip: offset, order: { created_at: "DESC" } },
  })
  res.json({ complaints: await withProducts(req, data), count: metadata?.count ?? data.length, limit, offset })
}
