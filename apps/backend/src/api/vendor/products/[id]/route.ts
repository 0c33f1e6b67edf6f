import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertOwnProducts, type VendorRequest } from "../../tenant"
import { VENDOR_PRODUCT_FIELDS } from "../query-config"

/** GET /vendor/products/:id — one of this manufacturer's products; another's is a 404. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  await assertOwnProducts(req, [req.params.id])
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: VENDOR_PRODUCT_FIELDS, filters: { id: req.params.id } })
  res.json({ product: data[0] })
}
