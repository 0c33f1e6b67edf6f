import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertOwnOrder, type VendorRequest } from "../../tenant"
import { VENDOR_ORDER_FIELDS, vendorOrder } from "../query-config"

/** GET /vendor/orders/:id — one of this manufacturer's child orders; anything else is a 404. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  await assertOwnOrder(req, req.params.id)
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: VENDOR_ORDER_FIELDS, filters: { id: req.params.id } })
  res.json({ order: vendorOrder(data[0]) })
}
