import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { STOREFRONT_KEY_TITLE } from "../../src/scripts/demo-data/seed-demo-data"

/** The demo storefront's publishable key and the region selling to a country. */
export async function storefrontContext(container: MedusaContainer, countryCode: string) {
  const apiKeys = container.resolve(Modules.API_KEY)
  const [key] = await apiKeys.listApiKeys({ title: STOREFRONT_KEY_TITLE, type: "publishable" })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "currency_code", "countries.iso_2"] })
  const region = regions.find((r) => r.countries?.some((c) => c?.iso_2 === countryCode))
  if (!key || !region) throw new Error(`demo data missing for ${countryCode}`)
  return { headers: { "x-publishable-api-key": key.token }, region }
}
