import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import ManufacturerProductLink from "../../../links/manufacturer-product"
import { createManufacturerProductsWorkflow } from "../../../workflows/manufacturer/create-manufacturer-products"
import type { VendorRequest } from "../tenant"
import type { VendorCreateProductType } from "../validators"
import { VENDOR_PRODUCT_FIELDS } from "./query-config"
import { openHolds } from "./holds"
import { assertSoldCurrencies, productTradeInput } from "./trade-data"

/** GET /vendor/products — this manufacturer's products, and only theirs, each with its open holds. */
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
  const holdsOf = await openHolds(req.scope, products.map((p) => p.id))
  res.json({ products: products.map((p) => ({ ...p, holds: holdsOf(p.id) })), count: metadata?.count ?? ids.length, limit, offset })
}

/** POST /vendor/products — list a product with its trade data, variants and prices per currency. */
export async function POST(req: VendorRequest & { validatedBody: VendorCreateProductType }, res: MedusaResponse) {
  const body = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  await assertSoldCurrencies(req.scope, body.variants.flatMap((v) => v.prices.map((p) => p.currency_code)))
  const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
  const { data: manufacturers } = await query.graph({ entity: "manufacturer", fields: ["status"], filters: { id: req.manufacturerId } })
  const [profile] = await req.scope.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  const onSale = manufacturers[0]?.status === "approved" && stores[0]?.default_sales_channel_id
  const { result } = await createManufacturerProductsWorkflow(req.scope).run({
    input: {
      manufacturerId: req.manufacturerId,
      products: [
        {
          ...productTradeInput(body),
          title: body.title,
          shipping_profile_id: profile?.id,
          sales_channels: onSale ? [{ id: stores[0].default_sales_channel_id! }] : [],
          options: body.options,
          variants: body.variants.map((v) => ({ ...v, manage_inventory: true, weight: body.gross_weight_g })),
        },
      ],
    },
  })
  const { data } = await query.graph({ entity: "product", fields: VENDOR_PRODUCT_FIELDS, filters: { id: result[0].id } })
  res.status(201).json({ product: data[0] })
}
