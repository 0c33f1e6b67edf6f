import { publishRefusal, staffLiftRefusal, type ProductHoldKind } from "@aem/trade-kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MANUFACTURER_MODULE } from "../../../modules/manufacturer"
import type ManufacturerModuleService from "../../../modules/manufacturer/service"
import { SUPERVISION_MODULE } from "../../../modules/supervision"
import type SupervisionModuleService from "../../../modules/supervision/service"
import { list, unlist, type Listing } from "../../manufacturer/steps/listings"

export type HoldToPlace = {
  product_id: string
  manufacturer_id: string
  kind: ProductHoldKind
  source_id: string
  reason: string
  placed_by: string
  /** Takes the product out of every sales channel it is in, and keeps on the hold what it took out. */
  withdraws?: boolean
}

/** Which open holds to lift: by the holds' own ids, or by product, manufacturer, kind and source. */
export type HoldSelector = { id?: string[]; product_id?: string[]; manufacturer_id?: string; kind?: ProductHoldKind; source_id?: string }

type Hold = { id: string; product_id: string; withdrawn_listings?: unknown }

const service = (container: MedusaContainer) => container.resolve<SupervisionModuleService>(SUPERVISION_MODULE)
const sameHold = (a: HoldToPlace, b: HoldToPlace) => a.product_id === b.product_id && a.kind === b.kind && a.source_id === b.source_id
const withdrawnBy = (hold: { withdrawn_listings?: unknown }) => (hold.withdrawn_listings as { listings?: Listing[] } | null)?.listings ?? []
const sameListing = (a: Listing, b: Listing) => a.product_id === b.product_id && a.sales_channel_id === b.sales_channel_id

/** The lock a product's holds are placed and lifted under, and its publishing checked and written under. */
export const productHoldLock = (productId: string) => `product-holds:${productId}`

/**
 * Runs `work` holding the products' locks (Medusa's locking module), taken one at a time in sorted
 * order so two runs wanting some of the same products never each hold one the other waits for.
 */
function underProductLocks<T>(container: MedusaContainer, productIds: string[], work: () => Promise<T>): Promise<T> {
  const locking = container.resolve(Modules.LOCKING)
  const keys = [...new Set(productIds)].sort().map(productHoldLock)
  return keys.reduceRight<() => Promise<T>>((inner, key) => () => locking.execute(key, inner, { timeout: 60 }), work)()
}

async function salesChannelsOf(container: MedusaContainer, productIds: string[]): Promise<Listing[]> {
  if (!productIds.length) return []
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product", fields: ["id", "sales_channels.id"], filters: { id: productIds } })
  return data.flatMap((p) => (p.sales_channels ?? []).map((sc) => ({ product_id: p.id, sales_channel_id: sc!.id })))
}

/**
 * Places holds; one already open for the same product, kind and source stands (a repeated run places
 * nothing twice). A hold that withdraws takes the product off sale (a product another hold already
 * took off has nothing left to take). Under the products' locks, so a publish or a lift of the same
 * product never interleaves with it.
 */
export const placeProductHoldsStep = createStep(
  "place-product-holds",
  async (holds: HoldToPlace[], { container }) => {
    if (!holds.length) return new StepResponse([], { ids: [] as string[], withdrawn: [] as Listing[] })
    const productIds = [...new Set(holds.map((h) => h.product_id))]
    return underProductLocks(container, productIds, async () => {
      const open = await service(container).listProductHolds({ product_id: productIds, lifted_at: null })
      const fresh = holds.filter((h, i) => !open.some((o) => sameHold(o as HoldToPlace, h)) && holds.findIndex((o) => sameHold(o, h)) === i)
      const withdrawn = await salesChannelsOf(container, [...new Set(fresh.filter((h) => h.withdraws).map((h) => h.product_id))])
      await unlist(container, withdrawn)
      // Two holds withdrawing the same product in one run: the first keeps what was taken out.
      const keepers = new Set(productIds.map((id) => fresh.find((h) => h.withdraws && h.product_id === id)))
      const placed_at = new Date()
      const created = fresh.length
        ? await service(container).createProductHolds(
            fresh.map(({ withdraws: _, ...hold }, i) => ({
              ...hold,
              placed_at,
              withdrawn_listings: keepers.has(fresh[i]) ? { listings: withdrawn.filter((l) => l.product_id === hold.product_id) } : null,
            }))
          )
        : []
      return new StepResponse(created, { ids: created.map((h) => h.id), withdrawn })
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    if (undo.ids.length) await service(container).deleteProductHolds(undo.ids)
    await list(container, undo.withdrawn)
  }
)

/** What a lift undoes: the holds it lifted, the listings it put back, and the open holds it handed listings to (as they were). */
type LiftUndo = { ids: string[]; relisted: Listing[]; handedTo: { id: string; withdrawn_listings: unknown }[] }

/**
 * Lifts the open holds the selector names, recording who, when and why; none open is nothing to do.
 * Every lift ends the same way, whichever hold it is: a product with no open hold left goes back on
 * sale where its holds took it off; one still held keeps those listings on a hold that remains, to go
 * back when the last one is lifted. Under the products' locks, as placing is.
 */
export const liftProductHoldsStep = createStep(
  "lift-product-holds",
  async (input: { selector: HoldSelector; lifted_by: string; lift_reason: string }, { container }) => {
    const nothing = new StepResponse([] as Hold[], { ids: [], relisted: [], handedTo: [] } as LiftUndo)
    const selector = Object.fromEntries(Object.entries(input.selector).filter(([, v]) => v !== undefined))
    if (Object.values(selector).some((v) => Array.isArray(v) && !v.length)) return nothing
    const candidates = await service(container).listProductHolds({ ...selector, lifted_at: null }, { select: ["product_id"] })
    if (!candidates.length) return nothing
    const productIds = [...new Set(candidates.map((h) => h.product_id))]
    return underProductLocks(container, productIds, async () => {
      // Read again under the locks: a lift that ran meanwhile may have lifted some of them.
      const open = await service(container).listProductHolds({ ...selector, product_id: productIds, lifted_at: null })
      if (!open.length) return nothing
      const lifted_at = new Date()
      const lifted = await service(container).updateProductHolds(
        open.map((h) => ({ id: h.id, lifted_by: input.lifted_by, lifted_at, lift_reason: input.lift_reason }))
      )
      const remaining = await service(container).listProductHolds({ product_id: productIds, lifted_at: null })
      const present = await salesChannelsOf(container, productIds)
      const undo: LiftUndo = { ids: open.map((h) => h.id), relisted: [], handedTo: [] }
      for (const productId of productIds) {
        const listings = open
          .filter((h) => h.product_id === productId)
          .flatMap(withdrawnBy)
          .filter((l, i, all) => all.findIndex((o) => sameListing(o, l)) === i && !present.some((p) => sameListing(p, l)))
        if (!listings.length) continue
        const heir = remaining.find((h) => h.product_id === productId)
        if (heir) {
          undo.handedTo.push({ id: heir.id, withdrawn_listings: heir.withdrawn_listings })
          await service(container).updateProductHolds({ id: heir.id, withdrawn_listings: { listings: [...withdrawnBy(heir), ...listings] } })
        } else {
          undo.relisted.push(...listings)
        }
      }
      await list(container, undo.relisted)
      return new StepResponse(lifted as Hold[], undo)
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    await unlist(container, undo.relisted)
    for (const h of undo.handedTo) await service(container).updateProductHolds({ id: h.id, withdrawn_listings: h.withdrawn_listings as Record<string, unknown> | null })
    if (undo.ids.length) await service(container).updateProductHolds(undo.ids.map((id) => ({ id, lifted_by: null, lifted_at: null, lift_reason: null })))
  }
)

/** Staff lift one hold with a reason, where its rule lets them; a recall or a suspension is lifted by ending it. */
export const assertStaffMayLiftStep = createStep("assert-staff-may-lift-hold", async ({ id }: { id: string }, { container }) => {
  const [hold] = await service(container).listProductHolds({ id })
  if (!hold) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Hold ${id} was not found`)
  if (hold.lifted_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Hold ${id} was already lifted on ${new Date(hold.lifted_at).toISOString()}`)
  const refused = staffLiftRefusal(hold.kind)
  if (refused) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refused)
  return new StepResponse(hold)
})

/** Why a manufacturer may not publish: the product's open holds, and its own suspension (which covers products listed since). */
export async function publishingHolds(container: MedusaContainer, manufacturerId: string, productId: string | null) {
  const holds: { kind: ProductHoldKind; reason: string }[] = productId ? await service(container).listProductHolds({ product_id: productId, lifted_at: null }) : []
  if (!holds.some((h) => h.kind === "manufacturer_suspended")) {
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "manufacturer", fields: ["status"], filters: { id: manufacturerId } })
    if (data[0]?.status === "suspended") holds.push({ kind: "manufacturer_suspended", reason: await suspensionReason(container, manufacturerId) })
  }
  return holds
}

/** What a suspension hold says: the reason staff gave for the manufacturer's suspension. */
async function suspensionReason(container: MedusaContainer, manufacturerId: string) {
  const [change] = await container
    .resolve<ManufacturerModuleService>(MANUFACTURER_MODULE)
    .listManufacturerStatusChanges({ manufacturer_id: manufacturerId, to_status: "suspended" }, { order: { created_at: "DESC" }, take: 1 })
  return change?.reason ?? "suspended by platform staff"
}

/** Refuses publishing a product that is on hold, naming each hold and what lifts it. */
export const assertPublishableStep = createStep(
  "assert-product-publishable",
  async ({ manufacturerId, productId }: { manufacturerId: string; productId: string | null }, { container }) => {
    const holds = await publishingHolds(container, manufacturerId, productId)
    if (holds.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, publishRefusal(holds))
    return new StepResponse(true)
  }
)
