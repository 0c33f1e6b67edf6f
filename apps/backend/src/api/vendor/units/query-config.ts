import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * A traced unit as manufacturers and the park see it (platform staff see its buyer's order too): the buyer's
 * order id is the platform's, never theirs.
 */
export const UNIT_FIELDS = [
  "id",
  "manufacturer_id",
  "product_id",
  "variant_id",
  "order_id",
  "line_item_id",
  "country_code",
  "declaration_id",
  "serial",
  "udi",
  "gtin",
  "lot",
  "production_date",
  "expiry_date",
  "created_at",
]

/** A unit just recorded, as the manufacturer or the park who recorded it is answered. */
export const withoutBuyerOrder = <T extends { buyer_order_id?: string }>({ buyer_order_id: _buyerOrderId, ...unit }: T) => unit

/**
 * Units with the consignment that carried them: one per child order, allocated at the park once customs
 * accepts the declaration (null before that, or for a unit recorded before it exists).
 */
export async function withConsignments<T extends { order_id: string }>(scope: MedusaContainer, units: T[]) {
  const orderIds = [...new Set(units.map((u) => u.order_id))]
  const { data } = orderIds.length
    ? await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "consignment", fields: ["id", "order_id", "barcode", "status"], filters: { order_id: orderIds } })
    : { data: [] }
  return units.map((u) => {
    const c = data.find((row) => row.order_id === u.order_id)
    return { ...u, consignment: c ? { id: c.id, barcode: c.barcode, status: c.status } : null }
  })
}
