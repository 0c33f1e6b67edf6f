import { PRODUCT_HOLD_RULES, type ProductHoldKind } from "@aem/trade-kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The products' open compliance holds: why, since when, and what lifts each (not which staff member placed it). */
export async function openHolds(scope: MedusaContainer, productIds: string[]) {
  const { data } = productIds.length
    ? await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product_hold",
        fields: ["id", "product_id", "kind", "source_id", "reason", "placed_at"],
        filters: { product_id: productIds, lifted_at: null },
      })
    : { data: [] }
  return (productId: string) =>
    data
      .filter((h) => h.product_id === productId)
      .map(({ product_id: _, ...h }) => ({ ...h, lifted_by: PRODUCT_HOLD_RULES[h.kind as ProductHoldKind].liftedBy }))
}
