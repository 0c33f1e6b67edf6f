import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ManufacturerProductLink from "../../../links/manufacturer-product"
import type { VendorRequest } from "../tenant"
import { VENDOR_PRODUCT_FIELDS } from "./query-config"

/** GET /vendor/products — this manufacturer's products, and only theirs. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit = 20, offset = 0 } = req.validatedQuery as { limit?: number; offset?: number }
  const { data: links } = await query.graph({
    entity: ManufacturerProductLink.entryPoint,
    fields: ["product_id"],
    filters: { manufacturer_id: req.manufacturerId },
  })
  const ids = links.map((l) => l.product_id)
  if (!ids.length) return res.json({ products: [], count: 0, limit, offset })
  const { data: products, metadata } = await query.graph({
    entity: "product",
    fields: VENDOR_PRODUCT_FIELDS,
    filters: { id: ids },
    pagination: { take: limit, skip: offset, order: { title: "ASC" } },
  })
  res.json({ products, count: metadata?.count ?? ids.length, limit, offset })
}
