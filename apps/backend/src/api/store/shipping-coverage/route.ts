import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { shippingProfilesServing } from "./profiles-serving"
import type { StoreShippingCoverageParamsType } from "./validators"

/**
 * GET /store/shipping-coverage?country_code=kz&product_ids=a,b — which of these products ship to the
 * country: those whose shipping profile has a shipping option, offered in the store, whose service zone
 * covers it (what checkout would offer). Products not on sale in the caller's sales channel are left out.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const { country_code, product_ids } = req.validatedQuery as unknown as StoreShippingCoverageParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const channels = req.publishable_key_context?.sales_channel_ids ?? []
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "status", "sales_channels.id", "shipping_profile.id"],
    filters: { id: product_ids },
  })
  const onSale = products.filter((p) => p.status === "published" && p.sales_channels?.some((c) => c && channels.includes(c.id)) && p.shipping_profile)
  const serving = await shippingProfilesServing(req.scope, country_code, [...new Set(onSale.map((p) => p.shipping_profile!.id))])
  res.json({ country_code, product_ids: onSale.filter((p) => serving.has(p.shipping_profile!.id)).map((p) => p.id) })
}
