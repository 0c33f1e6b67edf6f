import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreShippingCoverageParamsType } from "./validators"

type ShippingRule = { attribute: string; value: unknown } | null

/** A shipping option the buyer can pick at checkout (not a return option, not one hidden from the store). */
const offeredInStore = (rules: ShippingRule[] | null | undefined) =>
  !(rules ?? []).some((r) => (r?.attribute === "enabled_in_store" && r.value !== "true") || (r?.attribute === "is_return" && r.value === "true"))

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
  const profileIds = [...new Set(onSale.map((p) => p.shipping_profile!.id))]
  const { data: options } = profileIds.length
    ? await query.graph({
        entity: "shipping_option",
        fields: ["id", "shipping_profile_id", "rules.attribute", "rules.value", "service_zone.geo_zones.type", "service_zone.geo_zones.country_code"],
        filters: { shipping_profile_id: profileIds },
      })
    : { data: [] }
  // Every geo zone names its country, whatever its type (country, province, city, zip).
  const serving = new Set(
    options
      .filter((o) => offeredInStore(o.rules) && o.service_zone?.geo_zones?.some((z) => z?.country_code === country_code))
      .map((o) => o.shipping_profile_id)
  )
  res.json({ country_code, product_ids: onSale.filter((p) => serving.has(p.shipping_profile!.id)).map((p) => p.id) })
}
