import { parseGs1 } from "@aem/trade-kit"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { TRACEABILITY_MODULE } from "../../modules/traceability"
import type TraceabilityModuleService from "../../modules/traceability/service"

export type UnitInput = { line_item_id: string; serial?: string; udi?: string }
type RecordUnitsInput = { manufacturerId: string; orderId: string; recordedBy: string; units: UnitInput[] }

type UnitRow = {
  manufacturer_id: string
  product_id: string
  variant_id: string
  order_id: string
  line_item_id: string
  buyer_order_id: string
  country_code: string
  declaration_id: string | null
  serial: string
  udi?: string
  gtin?: string
  lot?: string | null
  expiry_date?: Date | null
  production_date?: Date | null
  recorded_by: string
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** A unit's serial and GS1 parts: from its UDI when it has one (which must agree with a serial also given). */
function identify(unit: UnitInput, index: number) {
  if (!unit.udi) {
    if (!unit.serial) throw invalid(`units.${index}: give the serial number or the UDI`)
    return { serial: unit.serial.trim() }
  }
  const parsed = parseGs1(unit.udi)
  if (!parsed.ok) throw invalid(`units.${index}.udi: ${parsed.reason}`)
  const { gtin, lot, serial, expiryDate, productionDate, text } = parsed.udi
  if (!serial && !unit.serial) throw invalid(`units.${index}.udi: the UDI has no serial number (21); give serial as well`)
  if (serial && unit.serial && serial !== unit.serial.trim()) {
    throw invalid(`units.${index}: serial "${unit.serial}" differs from the UDI's serial "${serial}"`)
  }
  return {
    serial: serial ?? unit.serial!.trim(),
    udi: text,
    gtin,
    lot: lot ?? null,
    expiry_date: expiryDate ? new Date(expiryDate) : null,
    production_date: productionDate ? new Date(productionDate) : null,
  }
}

/**
 * Checks the units against the child order (each on one of its lines, no more than the line's
 * quantity, no serial recorded twice) and fills in where they went: buyer's order, country, declaration.
 */
const prepareTracedUnitsStep = createStep("prepare-traced-units", async (input: RecordUnitsInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const service = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
  const [{ data: orders }, { data: children }, { data: declarations }] = await Promise.all([
    query.graph({ entity: "order", fields: ["id", "items.*", "shipping_address.country_code"], filters: { id: input.orderId } }),
    query.graph({ entity: "child_order", fields: ["order_group.buyer_order_id"], filters: { order_id: input.orderId } }),
    query.graph({ entity: "declaration", fields: ["id"], filters: { order_id: input.orderId } }),
  ])
  const order = orders[0]
  const buyerOrderId = children[0]?.order_group?.buyer_order_id
  if (!order || !buyerOrderId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.orderId} was not found`)

  const existing = await service.listTracedUnits({ order_id: input.orderId }, { select: ["line_item_id"] })
  const perLine = new Map<string, number>()
  for (const u of existing) perLine.set(u.line_item_id, (perLine.get(u.line_item_id) ?? 0) + 1)

  const rows = input.units.map((unit, index): UnitRow => {
    const item = (order.items ?? []).find((i) => i?.id === unit.line_item_id)
    if (!item) throw invalid(`units.${index}.line_item_id: ${unit.line_item_id} is not a line of order ${input.orderId}`)
    const count = (perLine.get(item.id) ?? 0) + 1
    if (count > Number(item.quantity)) {
      throw invalid(`units.${index}: line ${item.id} has ${item.quantity} unit(s) and all are already recorded`)
    }
    perLine.set(item.id, count)
    return {
      ...identify(unit, index),
      manufacturer_id: input.manufacturerId,
      product_id: item.product_id!,
      variant_id: item.variant_id!,
      order_id: input.orderId,
      line_item_id: item.id,
      buyer_order_id: buyerOrderId,
      country_code: order.shipping_address?.country_code ?? "",
      declaration_id: declarations[0]?.id ?? null,
      recorded_by: input.recordedBy,
    }
  })
  const serials = rows.map((r) => r.serial)
  const repeated = serials.find((s, i) => serials.indexOf(s) !== i)
  if (repeated) throw invalid(`serial ${repeated} appears twice in this request`)
  const taken = await service.listTracedUnits({ manufacturer_id: input.manufacturerId, serial: serials }, { select: ["serial", "order_id"] })
  if (taken.length) throw invalid(`serial ${taken[0].serial} is already recorded (order ${taken[0].order_id})`)
  return new StepResponse(rows)
})


const createTracedUnitsStep = createStep(
  "create-traced-units",
  async (rows: UnitRow[], { container }) => {
    const units = await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).createTracedUnits(rows)
    return new StepResponse(units, units.map((u) => u.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).deleteTracedUnits(ids)
  }
)

/** Records the serial numbers or UDIs of the units shipped on a child order, linked to that order. */
export const recordTracedUnitsWorkflow = createWorkflow("record-traced-units", (input: RecordUnitsInput) => {
  const rows = prepareTracedUnitsStep(input)
  const units = createTracedUnitsStep(rows)
  createRemoteLinkStep(
    transform({ units }, ({ units }) =>
      units.map((u) => ({ [TRACEABILITY_MODULE]: { traced_unit_id: u.id }, [Modules.ORDER]: { order_id: u.order_id } }))
    )
  )
  return new WorkflowResponse(units)
})
