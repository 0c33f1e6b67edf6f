import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { assertOwnProducts, type VendorRequest } from "../../../tenant"
import type { VendorCreateVariantType } from "../../../validators"
import { VENDOR_PRODUCT_FIELDS } from "../../query-config"
import { assertSoldCurrencies } from "../../trade-data"

/** POST /vendor/products/:id/variants — a new size or model, with its prices per currency. */
export async function POST(req: VendorRequest & { validatedBody: VendorCreateVariantType }, res: MedusaResponse) {
  await assertOwnProducts(req, [req.params.id])
  const body = req.validatedBody
  await assertSoldCurrencies(req.scope, body.prices.map((p) => p.currency_code))
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: ["weight"], filters: { id: req.params.id } })
  await createProductVariantsWorkflow(req.scope).run({
    input: { product_variants: [{ ...body, product_id: req.params.id, manage_inventory: true, weight: products[0].weight ?? undefined }] },
  })
  const { data } = await query.graph({ entity: "product", fields: VENDOR_PRODUCT_FIELDS, filters: { id: req.params.id } })
  res.status(201).json({ product: data[0] })
}
