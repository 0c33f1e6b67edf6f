import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertOwnProducts, type VendorRequest } from "../../tenant"
import { PUBLISH_REQUIRES, type VendorUpdateProductType } from "../../validators"
import { VENDOR_PRODUCT_FIELDS } from "../query-config"
import { productTradeInput } from "../trade-data"

const readProduct = async (req: VendorRequest) => {
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product", fields: VENDOR_PRODUCT_FIELDS, filters: { id: req.params.id } })
  return data[0]
}

/** GET /vendor/products/:id — one of this manufacturer's products; another's is a 404. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  await assertOwnProducts(req, [req.params.id])
  res.json({ product: await readProduct(req) })
}

/** POST /vendor/products/:id — edit a product; publishing needs the trade data, given now or before. */
export async function POST(req: VendorRequest & { validatedBody: VendorUpdateProductType }, res: MedusaResponse) {
  await assertOwnProducts(req, [req.params.id])
  const body = req.validatedBody
  const current = await readProduct(req)
  const metadata = (current.metadata ?? {}) as Record<string, unknown>
  if ((body.status ?? current.status) === "published") {
    const has = { hs_code: body.hs_code ?? current.hs_code, iso_9999: body.iso_9999 ?? metadata.iso_9999, gross_weight_g: body.gross_weight_g ?? current.weight }
    const missing = PUBLISH_REQUIRES.filter((f) => has[f] === undefined || has[f] === null)
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} required to publish a product`)
    }
  }
  await updateProductsWorkflow(req.scope).run({
    input: { products: [{ id: req.params.id, ...productTradeInput(body, metadata) }] },
  })
  res.json({ product: await readProduct(req) })
}
