import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"

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
