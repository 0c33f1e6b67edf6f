import { publishRefusal, staffLiftRefusal, type ProductHoldKind } from "@aem/trade-kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MANUFACTURER_MODULE } from "../../../modules/manufacturer"
import type ManufacturerModuleService from "../../../modules/manufacturer/service"
import { SUPERVISION_MODULE } from "../../../modules/supervision"
import type SupervisionModuleService from "../../../modules/supervision/service"

export type HoldToPlace = {
  product_id: string
  manufacturer_id: string
  kind: ProductHoldKind
  source_id: string
  reason: string
  placed_by: string
}

/** Which open holds to lift: by the holds' own ids, or by product, manufacturer, kind and source. */
export type HoldSelector = { id?: string[]; product_id?: string[]; manufacturer_id?: string; kind?: ProductHoldKind; source_id?: string }

const service = (container: MedusaContainer) => container.resolve<SupervisionModuleService>(SUPERVISION_MODULE)
const sameHold = (a: HoldToPlace, b: HoldToPlace) => a.product_id === b.product_id && a.kind === b.kind && a.source_id === b.source_id

/** Places holds; one already open for the same product, kind and source stands (a repeated run places nothing twice). */
export const placeProductHoldsStep = createStep(
  "place-product-holds",
  async (holds: HoldToPlace[], { container }) => {
    if (!holds.length) return new StepResponse([], [] as string[])
    const open = await service(container).listProductHolds({ product_id: [...new Set(holds.map((h) => h.product_id))], lifted_at: null })
    const fresh = holds.filter((h, i) => !open.some((o) => sameHold(o as HoldToPlace, h)) && holds.findIndex((o) => sameHold(o, h)) === i)
    const placed_at = new Date()
    const created = fresh.length ? await service(container).createProductHolds(fresh.map((h) => ({ ...h, placed_at }))) : []
    return new StepResponse(created, created.map((h) => h.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await service(container).deleteProductHolds(ids)
  }
)

/** Lifts the open holds the selector names, recording who, when and why; none open is nothing to do. */
export const liftProductHoldsStep = createStep(
  "lift-product-holds",
  async (input: { selector: HoldSelector; lifted_by: string; lift_reason: string }, { container }) => {
    const selector = Object.fromEntries(Object.entries(input.selector).filter(([, v]) => v !== undefined))
    if (Object.values(selector).some((v) => Array.isArray(v) && !v.length)) return new StepResponse([], [] as string[])
    const open = await service(container).listProductHolds({ ...selector, lifted_at: null })
    if (!open.length) return new StepResponse([], [] as string[])
    const lifted_at = new Date()
    const lifted = await service(container).updateProductHolds(
      open.map((h) => ({ id: h.id, lifted_by: input.lifted_by, lifted_at, lift_reason: input.lift_reason }))
    )
    return new StepResponse(lifted, open.map((h) => h.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await service(container).updateProductHolds(ids.map((id) => ({ id, lifted_by: null, lifted_at: null, lift_reason: null })))
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
