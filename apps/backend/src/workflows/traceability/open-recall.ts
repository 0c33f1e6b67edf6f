import { parseSerialRange } from "@aem/trade-kit"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { TRACEABILITY_MODULE } from "../../modules/traceability"
import { buyerLanguage } from "../../modules/traceability/notice-texts"
import { recallCovers } from "../../modules/traceability/recall-scope"
import type TraceabilityModuleService from "../../modules/traceability/service"
import { placeProductHoldsStep } from "../supervision/steps/product-holds"

export const RECALL_OPENED = "recall.opened"

export type OpenRecallInput = {
  manufacturerId: string
  productId: string
  scope: "product" | "lot" | "serial_range"
  lot?: string
  serial_from?: string
  serial_to?: string
  reason: string
  openedBy: string
  openedByType: "user" | "manufacturer"
}

type Audience = { email: string; country_code: string; language: string; buyer_order_ids: string[]; serials: string[] }

/** The units the recall covers and, grouped by the email each buyer ordered with, who holds them. */
const findRecallAudienceStep = createStep("find-recall-audience", async (input: OpenRecallInput, { container }) => {
  const service = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
  if (input.scope === "lot" && !input.lot) throw new MedusaError(MedusaError.Types.INVALID_DATA, "lot is required to recall a lot")
  if (input.scope === "serial_range") {
    const range = parseSerialRange(input.serial_from ?? "", input.serial_to ?? "")
    if (!range.ok) throw new MedusaError(MedusaError.Types.INVALID_DATA, range.reason)
  }
  const recall = { product_id: input.productId, scope: input.scope, lot: input.lot, serial_from: input.serial_from, serial_to: input.serial_to }
  const units = (
    await service.listTracedUnits(
      { manufacturer_id: input.manufacturerId, product_id: input.productId },
      { select: ["product_id", "serial", "lot", "buyer_order_id", "country_code"] }
    )
  ).filter((u) => recallCovers(recall, u))
  const buyerOrderIds = [...new Set(units.map((u) => u.buyer_order_id))]
  const { data: orders } = buyerOrderIds.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["id", "email", "metadata"],
        filters: { id: buyerOrderIds },
      })
    : { data: [] }
  const audience = new Map<string, Audience>()
  for (const unit of units) {
    const order = orders.find((o) => o.id === unit.buyer_order_id)
    if (!order?.email) continue
    const email = order.email.toLowerCase()
    const entry: Audience = audience.get(email) ?? {
      email,
      country_code: unit.country_code,
      language: buyerLanguage(unit.country_code, order.metadata as Record<string, unknown> | null),
      buyer_order_ids: [],
      serials: [],
    }
    if (!entry.buyer_order_ids.includes(order.id)) entry.buyer_order_ids.push(order.id)
    entry.serials.push(unit.serial)
    audience.set(email, entry)
  }
  return new StepResponse({ affectedUnits: units.length, audience: [...audience.values()] })
})

const createRecallStep = createStep(
  "create-recall",
  async ({ input, affectedUnits, audience }: { input: OpenRecallInput; affectedUnits: number; audience: Audience[] }, { container }) => {
    const service = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const recall = await service.createRecalls({
      manufacturer_id: input.manufacturerId,
      product_id: input.productId,
      scope: input.scope,
      lot: input.scope === "lot" ? input.lot : null,
      serial_from: input.scope === "serial_range" ? input.serial_from : null,
      serial_to: input.scope === "serial_range" ? input.serial_to : null,
      reason: input.reason,
      opened_by: input.openedBy,
      opened_by_type: input.openedByType,
      affected_units: affectedUnits,
    })
    if (audience.length) {
      await service.createRecallNotices(audience.map((a) => ({ ...a, serials: [...a.serials].sort(), recall_id: recall.id })))
    }
    return new StepResponse(recall, recall.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).deleteRecalls(id)
  }
)

/**
 * Opens a recall: finds every unit it covers and their buyers, records one notice per buyer, takes
 * the product off sale and holds it there until the recall closes (and any other hold on it is lifted), and announces it (the notices are
 * sent by the recall-opened subscriber).
 */
export const openRecallWorkflow = createWorkflow("open-recall", (input: OpenRecallInput) => {
  const found = findRecallAudienceStep(input)
  const recall = createRecallStep(transform({ input, found }, ({ input, found }) => ({ input, ...found })))
  placeProductHoldsStep(
    transform({ input, recall }, ({ input, recall }) => [
      {
        product_id: recall.product_id,
        manufacturer_id: recall.manufacturer_id,
        kind: "recall_open" as const,
        source_id: recall.id,
        reason: `recall ${recall.id} (${recall.scope}): ${recall.reason}`,
        placed_by: input.openedBy,
        withdraws: true,
      },
    ])
  )
  emitEventStep(transform({ recall }, ({ recall }) => ({ eventName: RECALL_OPENED, data: { id: recall.id } })))
  return new WorkflowResponse(recall)
})
