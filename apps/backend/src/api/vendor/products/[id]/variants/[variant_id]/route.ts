import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { assertOwnProducts, type VendorRequest } from "../../../../tenant"
import type { VendorUpdateVariantType } from "../../../../validators"
import { VENDOR_PRODUCT_FIELDS } from "../../../query-config"
import { assertSoldCurrencies } from "../../../trade-data"

/** POST /vendor/products/:id/variants/:variant_id — rename a variant or set its prices (the list given replaces the old one). */
export async function POST(req: VendorRequest & { validatedBody: VendorUpdateVariantType }, res: MedusaResponse) {
  await assertOwnProducts(req, [req.params.id])
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id"],
    filters: { id: req.params.variant_id, product_id: req.params.id },
  })
  if (!variants.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${req.params.variant_id} was not found`)
  const body = req.validatedBody
  if (body.prices) await assertSoldCurrencies(req.scope, body.prices.map((p) => p.currency_code))
  await updateProductVariantsWorkflow(req.scope).run({ input: { product_variants: [{ id: req.params.variant_id, ...body }] } })
  const { data } = await query.graph({ entity: "product", fields: VENDOR_PRODUCT_FIELDS, filters: { id: req.params.id } })
  res.json({ product: data[0] })
}
