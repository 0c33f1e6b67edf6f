import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateManufacturerProductWorkflow } from "../../../../workflows/manufacturer/update-manufacturer-product"
import { assertOwnProducts, type VendorRequest } from "../../tenant"
import { PUBLISH_REQUIRES, type VendorUpdateProductType } from "../../validators"
import { openHolds } from "../holds"
import { VENDOR_PRODUCT_FIELDS } from "../query-config"
import { vendorPhotos } from "./images/photos"
import { productTradeInput } from "../trade-data"

const readProduct = async (req: VendorRequest) => {
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product", fields: VENDOR_PRODUCT_FIELDS, filters: { id: req.params.id } })
  return data[0]
}

const withHolds = async (req: VendorRequest) => {
  const product = await readProduct(req)
  return { product: { ...product, images: vendorPhotos(product), holds: (await openHolds(req.scope, [req.params.id]))(req.params.id) } }
}

/** GET /vendor/products/:id — one of this manufacturer's products with its photos and open holds; another's is a 404. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  await assertOwnProducts(req, [req.params.id])
  res.json(await withHolds(req))
}

/** POST /vendor/products/:id — edit a product; publishing needs the trade data, given now or before, and no open hold. */
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
  await updateManufacturerProductWorkflow(req.scope).run({
    input: { manufacturerId: req.manufacturerId, product: { id: req.params.id, ...productTradeInput(body, metadata) } },
  })
  res.json(await withHolds(req))
}
