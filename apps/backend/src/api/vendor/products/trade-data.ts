import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { VendorProductFields } from "../validators"

/**
 * A product's trade data in Medusa's own fields where it has them (HS code, origin, gross weight,
 * dimensions) and in metadata otherwise; only the fields given are set, so an edit keeps the rest.
 */
export function productTradeInput(body: VendorProductFields, metadata: Record<string, unknown> = {}) {
  const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
  return defined({
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
    metadata: {
      ...metadata,
      ...defined({
        iso_9999: body.iso_9999,
        device_class: body.device_class,
        net_weight_g: body.net_weight_g,
        gross_weight_g: body.gross_weight_g,
      }),
      dimensions_unit: "mm",
      weight_unit: "g",
    },
  })
}

/** Refuses prices in currencies the store does not sell, listing the ones it does. */
export async function assertSoldCurrencies(scope: MedusaContainer, currencies: string[]) {
  const { data: stores } = await scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "store", fields: ["supported_currencies.currency_code"] })
  const sold = new Set((stores[0]?.supported_currencies ?? []).map((c) => c!.currency_code))
  const unknown = [...new Set(currencies)].filter((c) => !sold.has(c))
  if (unknown.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `currency_code ${unknown.join(", ")} is not sold on this marketplace; use one of: ${[...sold].sort().join(", ")}`
    )
  }
}
