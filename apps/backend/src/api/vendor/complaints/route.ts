import type { ComplaintStatus } from "@aem/trade-kit"
import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorRequest } from "../tenant"
import { withProducts } from "./load"
import { VENDOR_COMPLAINT_FIELDS } from "./query-config"

/** GET /vendor/complaints — buyers' complaints about this manufacturer's goods (`?status=open`), newest first. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "complaint",
    fields: VENDOR_COMPLAINT_FIELDS,
    filters: { ...(req.validatedQuery as { status?: ComplaintStatus }), manufacturer_id: req.manufacturerId },
    pagination: { order: { created_at: "DESC" } },
  })
  res.json({ complaints: await withProducts(req, data) })
}
