import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MANUFACTURER_MODULE } from "../../../modules/manufacturer"
import type ManufacturerModuleService from "../../../modules/manufacturer/service"

/** A product's availability in one sales channel. */
export type Listing = { product_id: string; sales_channel_id: string }

const asLinks = (listings: Listing[]) =>
  listings.map((l) => ({
    [Modules.PRODUCT]: { product_id: l.product_id },
    [Modules.SALES_CHANNEL]: { sales_channel_id: l.sales_channel_id },
  }))

/** Puts listings on sale (`list`) or takes them off (`unlist`); nothing to do for none. */
export async function list(container: MedusaContainer, listings: Listing[] | undefined) {
  if (listings?.length) await container.resolve(ContainerRegistrationKeys.LINK).create(asLinks(listings))
}
export async function unlist(container: MedusaContainer, listings: Listing[] | undefined) {
  if (listings?.length) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(asLinks(listings))
}

async function currentListings(container: MedusaContainer, manufacturerId: string): Promise<Listing[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "manufacturer",
    fields: ["products.id", "products.sales_channels.id"],
    filters: { id: manufacturerId },
  })
  return (data[0]?.products ?? []).flatMap((p) =>
    (p?.sales_channels ?? []).map((sc) => ({ product_id: p!.id, sales_channel_id: sc!.id }))
  )
}

/**
 * Suspension takes every product of the manufacturer out of every sales channel at once (store,
 * and anything that respects sales channels), remembering exactly what it took out.
 */
export const withdrawListingsStep = createStep(
  "withdraw-manufacturer-listings",
  async ({ manufacturerId, changeId }: { manufacturerId: string; changeId: string }, { container }) => {
    const listings = await currentListings(container, manufacturerId)
    await unlist(container, listings)
    const service = container.resolve<ManufacturerModuleService>(MANUFACTURER_MODULE)
    await service.updateManufacturerStatusChanges({ id: changeId, withdrawn_listings: { listings } })
    return new StepResponse(listings.length, listings)
  },
  async (listings, { container }) => list(container, listings)
)

/** Re-approval puts back exactly the listings the last suspension took out. */
export const restoreListingsStep = createStep(
  "restore-manufacturer-listings",
  async ({ manufacturerId }: { manufacturerId: string }, { container }) => {
    const service = container.resolve<ManufacturerModuleService>(MANUFACTURER_MODULE)
    const [suspension] = await service.listManufacturerStatusChanges(
      { manufacturer_id: manufacturerId, to_status: "suspended" },
      { order: { created_at: "DESC" }, take: 1 }
    )
    const withdrawn = ((suspension?.withdrawn_listings as { listings?: Listing[] } | null)?.listings ?? [])
    const present = new Set((await currentListings(container, manufacturerId)).map((l) => `${l.product_id}:${l.sales_channel_id}`))
    const listings = withdrawn.filter((l) => !present.has(`${l.product_id}:${l.sales_channel_id}`))
    await list(container, listings)
    return new StepResponse(listings.length, listings)
  },
  async (listings, { container }) => unlist(container, listings)
)

/** First approval puts the manufacturer's products on sale in the store's default sales channel. */
export const offerOnStoreStep = createStep(
  "offer-manufacturer-products-on-store",
  async ({ manufacturerId }: { manufacturerId: string }, { container }) => {
    const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "manufacturer",
      fields: ["products.id", "products.sales_channels.id"],
      filters: { id: manufacturerId },
    })
    const channel = store?.default_sales_channel_id
    const listings: Listing[] = channel
      ? (data[0]?.products ?? [])
          .filter((p) => !(p?.sales_channels ?? []).some((sc) => sc?.id === channel))
          .map((p) => ({ product_id: p!.id, sales_channel_id: channel }))
      : []
    await list(container, listings)
    return new StepResponse(listings.length, listings)
  },
  async (listings, { container }) => unlist(container, listings)
)
