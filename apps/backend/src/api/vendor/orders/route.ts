import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ManufacturerOrderLink from "../../../links/manufacturer-order"
import type { VendorRequest } from "../tenant"
import { VENDOR_ORDER_FIELDS, vendorOrder } from "./query-config"

/** GET /vendor/orders — this manufacturer's child orders, newest first. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit = 20, offset = 0 } = req.validatedQuery as { limit?: number; offset?: number }
  const { data: links } = await query.graph({
    entity: ManufacturerOrderLink.entryPoint,
    fields: ["order_id"],
    filters: { manufacturer_id: req.manufacturerId },
  })
  const ids = links.map((l) => l.order_id)
  if (!ids.length) return res.json({ orders: [], count: 0, limit, offset })
  const { data: orders, metadata } = await query.graph({
    entity: "order",
    fields: VENDOR_ORDER_FIELDS,
    filters: { id: ids },
    pagination: { take: limit, skip: offset, order: { created_at: "DESC" } },
  })
  res.json({ orders: orders.map(vendorOrder), count: metadata?.count ?? ids.length, limit, offset })
}
