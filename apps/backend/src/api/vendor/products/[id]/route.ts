import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import ManufacturerProductLink from "../../../../links/manufacturer-product"
import type { VendorRequest } from "../../tenant"
import { VENDOR_PRODUCT_FIELDS } from "../query-config"

/** GET /vendor/products/:id — one of this manufacturer's products; another's is a 404. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: ManufacturerProductLink.entryPoint,
    fields: ["product_id"],
    filters: { manufacturer_id: req.manufacturerId, product_id: req.params.id },
  })
  if (!links.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)
  const { data } = await query.graph({ entity: "product", fields: VENDOR_PRODUCT_FIELDS, filters: { id: req.params.id } })
  res.json({ product: data[0] })
}
