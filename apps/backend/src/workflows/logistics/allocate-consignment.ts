import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { createHash } from "crypto"
import { acceptedAt } from "../../modules/customs/status"
import { LOGISTICS_MODULE } from "../../modules/logistics"
import { allocateConsignmentStep, recordTrackingEventsStep, type NewConsignment, type NewTrackingEvent } from "./steps/consignment-records"

export const CONSIGNMENT_ALLOCATED = "consignment.allocated"

/** Customs statuses at which the park may take the goods in (they may leave only once released). */
export const ALLOCATABLE_DECLARATION_STATUSES = ["accepted", "released"]

type AllocationInput = { order_id: string; declaration_id: string }

/**
 * Everything the allocation needs, read once: the declaration (it must be accepted or released),
 * the child order and its buyer's order, and the park — the one whose stock location the buyer's
 * shipping option ships from, or the only park there is.
 */
const resolveAllocationStep = createStep("resolve-consignment-allocation", async (input: AllocationInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: declarations } = await query.graph({
    entity: "declaration",
    fields: ["id", "status", "order_id", "status_changed_at", "version", "messages.direction", "messages.type", "messages.version", "messages.return_status", "messages.created_at"],
    filters: { id: input.declaration_id, order_id: input.order_id },
  })
  const declaration = declarations[0]
  if (!declaration) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Declaration ${input.declaration_id} of order ${input.order_id} was not found`)
  if (!ALLOCATABLE_DECLARATION_STATUSES.includes(declaration.status)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${input.order_id} cannot go to the park yet: its declaration is ${declaration.status}, customs must accept it first.`)
  }
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "metadata", "shipping_address.country_code", "items.*"],
    filters: { id: input.order_id },
  })
  const order = orders[0]
  const meta = (order?.metadata ?? {}) as { buyer_order_id?: string; manufacturer_id?: string }
  if (!order || !meta.buyer_order_id || !meta.manufacturer_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Child order ${input.order_id} was not found`)

  const { data: buyerOrders } = await query.graph({
    entity: "order",
    fields: ["shipping_methods.shipping_option_id"],
    filters: { id: meta.buyer_order_id },
  })
  const optionIds = (buyerOrders[0]?.shipping_methods ?? []).map((m) => m?.shipping_option_id).filter((id): id is string => !!id)
  const { data: options } = optionIds.length
    ? await query.graph({ entity: "shipping_option", fields: ["service_zone.fulfillment_set.location.id"], filters: { id: optionIds } })
    : { data: [] }
  const locationIds = options.map((o) => o.service_zone?.fulfillment_set?.location?.id).filter((id): id is string => !!id)
  const { data: parks } = await query.graph({ entity: "park", fields: ["id", "code", "stock_location_id"] })
  const park = parks.find((p) => p.stock_location_id && locationIds.includes(p.stock_location_id)) ?? (parks.length === 1 ? parks[0] : undefined)
  if (!park) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No park ships order ${input.order_id}: create the park for its stock location first.`)

  const consignment: NewConsignment = {
    park_id: park.id,
    order_id: order.id,
    buyer_order_id: meta.buyer_order_id,
    manufacturer_id: meta.manufacturer_id,
    declaration_id: declaration.id,
    // Derived from the child order, so a retried allocation prints the same label.
    barcode: `${park.code}-${createHash("sha256").update(order.id).digest("hex").slice(0, 8).toUpperCase()}`,
    destination_country: (order.shipping_address?.country_code ?? "").toUpperCase(),
    expected_packages: Math.max(1, (order.items ?? []).reduce((n, i) => n + Number(i?.quantity ?? 0), 0)),
  }
  return new StepResponse({
    consignment,
    declaration: { id: declaration.id, status: declaration.status as string, at: declaration.status_changed_at, accepted_at: acceptedAt(declaration) },
  })
})

/**
 * The customs events a consignment's timeline starts with: accepted, and released when it already is,
 * each at its own time (the acceptance at the receipt that carried it, when known); recorded in this
 * order, so at one instant the acceptance still comes first.
 */
export function customsTrackingEvents(
  consignmentId: string,
  declaration: { id: string; status: string; at?: Date | string | null; accepted_at?: Date | string | null }
): NewTrackingEvent[] {
  const codes = declaration.status === "released" ? ["accepted", "released"] : [declaration.status]
  return codes.map((status) => ({
    consignment_id: consignmentId,
    code: `customs_${status}`,
    occurred_at: (status === "accepted" ? declaration.accepted_at : null) ?? declaration.at ?? new Date(),
    source: "customs" as const,
    dedupe_key: `customs:${declaration.id}:${status}`,
  }))
}

/**
 * Step 4 of the export pipeline (run by the workers' hand-off job through a signed hook): the child
 * order gets its consignment at the park — once; a repeat returns the same consignment — with the
 * start of its timeline. The park's operators are told by the subscriber of `consignment.allocated`.
 */
export const allocateConsignmentWorkflow = createWorkflow("allocate-consignment", (input: AllocationInput) => {
  const { consignment: planned, declaration } = resolveAllocationStep(input)
  const { consignment, created } = allocateConsignmentStep(planned)

  when("consignment-newly-allocated", { created }, ({ created }) => created).then(() => {
    createRemoteLinkStep(
      transform({ consignment }, ({ consignment }) => [
        { [LOGISTICS_MODULE]: { consignment_id: consignment.id }, [Modules.ORDER]: { order_id: consignment.order_id } },
      ])
    )
    emitEventStep({ eventName: CONSIGNMENT_ALLOCATED, data: transform({ consignment }, ({ consignment }) => ({ id: consignment.id })) })
  })
  recordTrackingEventsStep(
    // Customs' steps came first: recorded first.
    transform({ consignment, declaration }, ({ consignment, declaration }) => [
      ...customsTrackingEvents(consignment.id, declaration),
      { consignment_id: consignment.id, code: "allocated", occurred_at: consignment.created_at, source: "park" as const, dedupe_key: `allocated:${consignment.id}` },
    ])
  )
  return new WorkflowResponse(consignment)
})
