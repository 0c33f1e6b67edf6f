import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { setParkStockWorkflow } from "../../../../../workflows/manufacturer/set-park-stock"
import { assertOwnProducts, type VendorRequest } from "../../../tenant"
import type { VendorSetStockType } from "../../../validators"

/** POST /vendor/products/:id/stock — how many of each variant stand at the park, ready to ship. */
export async function POST(req: VendorRequest & { validatedBody: VendorSetStockType }, res: MedusaResponse) {
  await assertOwnProducts(req, [req.params.id])
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  // The park is the stock location of the store's sales channel.
  const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["stock_locations.id"],
    filters: { id: stores[0]?.default_sales_channel_id ?? "" },
  })
  const locationId = channels[0]?.stock_locations?.[0]?.id
  if (!locationId) throw new MedusaError(MedusaError.Types.NOT_FOUND, "The logistics park's stock location is not set up")

  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id", "inventory_items.inventory.location_levels.location_id"],
    filters: { product_id: req.params.id },
  })
  const byId = new Map(variants.map((v) => [v.id, v]))
  const create: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
  const update: typeof create = []
  for (const level of req.validatedBody.levels) {
    const item = byId.get(level.variant_id)?.inventory_items?.[0]
    if (!item) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${level.variant_id} was not found on this product`)
    const entry = { inventory_item_id: item.inventory_item_id, location_id: locationId, stocked_quantity: level.stocked_quantity }
    const stocked = (item.inventory?.location_levels ?? []).some((l) => l?.location_id === locationId)
    ;(stocked ? update : create).push(entry)
  }
  await setParkStockWorkflow(req.scope).run({ input: { create, update } })
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "inventory_items.inventory.location_levels.location_id", "inventory_items.inventory.location_levels.stocked_quantity"],
    filters: { product_id: req.params.id },
  })
  res.json({
    variants: data.map((v) => ({
      id: v.id,
      sku: v.sku,
      stocked_at_park:
        v.inventory_items?.[0]?.inventory?.location_levels?.find((l) => l?.location_id === locationId)?.stocked_quantity ?? 0,
    })),
  })
}
