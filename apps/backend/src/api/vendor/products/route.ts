import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import ManufacturerProductLink from "../../../links/manufacturer-product"
import { createManufacturerProductsWorkflow } from "../../../workflows/manufacturer/create-manufacturer-products"
import type { VendorRequest } from "../tenant"
import type { VendorCreateProductType } from "../validators"
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

/** POST /vendor/products — list a product with its trade data, variants and prices per currency. */
export async function POST(req: VendorRequest & { validatedBody: VendorCreateProductType }, res: MedusaResponse) {
  const body = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({
    entity: "store",
    fields: ["default_sales_channel_id", "supported_currencies.currency_code"],
  })
  const sold = new Set((stores[0]?.supported_currencies ?? []).map((c) => c!.currency_code))
  const unknown = [...new Set(body.variants.flatMap((v) => v.prices.map((p) => p.currency_code)))].filter((c) => !sold.has(c))
  if (unknown.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `currency_code ${unknown.join(", ")} is not sold on this marketplace; use one of: ${[...sold].sort().join(", ")}`
    )
  }
  const { data: manufacturers } = await query.graph({ entity: "manufacturer", fields: ["status"], filters: { id: req.manufacturerId } })
  const [profile] = await req.scope.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  const onSale = manufacturers[0]?.status === "approved" && stores[0]?.default_sales_channel_id
  const { result } = await createManufacturerProductsWorkflow(req.scope).run({
    input: {
      manufacturerId: req.manufacturerId,
      products: [
        {
          title: body.title,
          handle: body.handle,
          description: body.description,
          status: body.status,
          hs_code: body.hs_code,
          origin_country: body.origin_country,
          weight: body.gross_weight_g,
          length: body.length_mm,
          width: body.width_mm,
          height: body.height_mm,
          shipping_profile_id: profile?.id,
          sales_channels: onSale ? [{ id: stores[0].default_sales_channel_id! }] : [],
          options: body.options,
          variants: body.variants.map((v) => ({ ...v, manage_inventory: true, weight: body.gross_weight_g })),
          metadata: {
            iso_9999: body.iso_9999,
            device_class: body.device_class,
            net_weight_g: body.net_weight_g,
            gross_weight_g: body.gross_weight_g,
            dimensions_unit: "mm",
            weight_unit: "g",
          },
        },
      ],
    },
  })
  const { data } = await query.graph({ entity: "product", fields: VENDOR_PRODUCT_FIELDS, filters: { id: result[0].id } })
  res.status(201).json({ product: data[0] })
}
