import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import { list, unlist, type Listing } from "../../manufacturer/steps/listings"

const service = (container: MedusaContainer) => container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)

async function productListings(container: MedusaContainer, productId: string): Promise<Listing[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "sales_channels.id"],
    filters: { id: productId },
  })
  return (data[0]?.sales_channels ?? []).map((sc) => ({ product_id: productId, sales_channel_id: sc!.id }))
}

/** What a restore undoes: the listings it put back, or the recall it handed them to and that recall's listings before. */
type RestoreUndo = { listings: Listing[]; handedTo?: { id: string; before: Listing[] } }

const listingsOf = (recall: { withdrawn_listings?: unknown }) => ((recall.withdrawn_listings as { listings?: Listing[] } | null)?.listings ?? [])

/**
 * Takes a recalled product out of every sales channel, as a manufacturer's suspension does, and keeps
 * on the recall what it took out. (A product another open recall already took off has none left.)
 */
export const withdrawProductFromSaleStep = createStep(
  "withdraw-recalled-product",
  async ({ recallId, productId }: { recallId: string; productId: string }, { container }) => {
    const listings = await productListings(container, productId)
    await unlist(container, listings)
    await service(container).updateRecalls({ id: recallId, withdrawn_listings: { listings } })
    return new StepResponse(listings.length, listings)
  },
  async (listings, { container }) => list(container, listings)
)

/**
 * When a recall closes, the listings it took out go back on sale, unless another recall of the product
 * is still open: then that recall keeps them until it closes.
 */
export const restoreRecalledProductStep = createStep(
  "restore-recalled-product",
  async ({ recallId }: { recallId: string }, { container }) => {
    const recall = await service(container).retrieveRecall(recallId)
    const listings = listingsOf(recall)
    const [other] = await service(container).listRecalls({ product_id: recall.product_id, status: "open", id: { $ne: recallId } }, { take: 1 })
    if (other) {
      const merged = [...listingsOf(other), ...listings]
      await service(container).updateRecalls({ id: other.id, withdrawn_listings: { listings: merged } })
      return new StepResponse<number, RestoreUndo>(0, { listings: [], handedTo: { id: other.id, before: listingsOf(other) } })
    }
    await list(container, listings)
    return new StepResponse<number, RestoreUndo>(listings.length, { listings })
  },
  async (undo, { container }) => {
    if (!undo) return
    await unlist(container, undo.listings)
    if (undo.handedTo) await service(container).updateRecalls({ id: undo.handedTo.id, withdrawn_listings: { listings: undo.handedTo.before } })
  }
)
