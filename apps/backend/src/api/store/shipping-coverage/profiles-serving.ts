import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type ShippingRule = { attribute: string; value: unknown } | null

/** A shipping option the buyer can pick at checkout (not a return option, not one hidden from the store). */
const offeredInStore = (rules: ShippingRule[] | null | undefined) =>
  !(rules ?? []).some((r) => (r?.attribute === "enabled_in_store" && r.value !== "true") || (r?.attribute === "is_return" && r.value === "true"))

/**
 * The shipping profiles (of these, or of all) with a shipping option, offered in the store, whose service
 * zone covers the country: what checkout would offer a product of that profile.
 */
export async function shippingProfilesServing(scope: MedusaContainer, countryCode: string, profileIds?: string[]): Promise<Set<string>> {
  if (profileIds && !profileIds.length) return new Set()
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "shipping_profile_id", "rules.attribute", "rules.value", "service_zone.geo_zones.type", "service_zone.geo_zones.country_code"],
    filters: profileIds ? { shipping_profile_id: profileIds } : {},
  })
  // Every geo zone names its country, whatever its type (country, province, city, zip).
  return new Set(
    options
      .filter((o) => offeredInStore(o.rules) && o.service_zone?.geo_zones?.some((z) => z?.country_code === countryCode))
      .map((o) => o.shipping_profile_id)
  )
}
