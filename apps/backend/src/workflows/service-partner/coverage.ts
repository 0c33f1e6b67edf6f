import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { authorisationCovers, type ServicedProduct } from "../../modules/service-partner/coverage"

/** The products as an authorisation sees them: their manufacturer and ISO 9999 class. */
export async function servicedProducts(container: Pick<MedusaContainer, "resolve">, productIds: string[]): Promise<ServicedProduct[]> {
  if (!productIds.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "metadata", "manufacturer.id"],
    filters: { id: productIds },
  })
  return data.map((p) => ({ id: p.id, manufacturer_id: p.manufacturer?.id ?? null, iso_9999: (p.metadata as { iso_9999?: string } | null)?.iso_9999 ?? null }))
}

/** The ids of the partners (among those given) that a manufacturer authorised for `product`. */
export async function partnersAuthorisedFor(container: Pick<MedusaContainer, "resolve">, partnerIds: string[], product: ServicedProduct): Promise<Set<string>> {
  if (!partnerIds.length || !product.manufacturer_id) return new Set()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "partner_authorisation",
    fields: ["manufacturer_id", "product_ids", "iso_classes", "partner.id"],
    filters: { manufacturer_id: product.manufacturer_id, partner_id: partnerIds },
  })
  return new Set(data.filter((a) => authorisationCovers(a as never, product)).map((a) => a.partner!.id))
}
