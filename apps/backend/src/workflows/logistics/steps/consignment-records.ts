import type { IFulfillmentModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOGISTICS_MODULE } from "../../../modules/logistics"
import type LogisticsModuleService from "../../../modules/logistics/service"
import { consignmentTransitionProblem, statusAfter, type ConsignmentStatus, type TrackingSource } from "../../../modules/logistics/status"

const logistics = (container: { resolve: <T>(key: string) => T }) => container.resolve<LogisticsModuleService>(LOGISTICS_MODULE)

type ConsignmentRecord = Awaited<ReturnType<LogisticsModuleService["retrieveConsignment"]>>

export type NewConsignment = {
  park_id: string
  order_id: string
  buyer_order_id: string
  manufacturer_id: string
  declaration_id: string
  barcode: string
  destination_country: string
  expected_packages: number
}

/**
 * The child order's consignment: the one already allocated (a repeated hand-off job), or a new one.
 * The unique order id makes a concurrent second allocation fail here rather than duplicate.
 */
export const allocateConsignmentStep = createStep(
  "allocate-consignment",
  async (input: NewConsignment, { container }) => {
    const service = logistics(container)
    const [existing] = await service.listConsignments({ order_id: input.order_id })
    if (existing) return new StepResponse({ consignment: existing, created: false }, null as string | null)
    const consignment = await service.createConsignments(input)
    return new StepResponse({ consignment, created: true }, consignment.id as string | null)
  },
  async (id, { container }) => {
    if (id) await logistics(container).deleteConsignments(id)
  }
)

export type ConsignmentChange = {
  id: string
  /** The move, checked against the status machine; absent for a change that is no move (an exception). */
  to?: Exclude<ConsignmentStatus, "allocated">
  carrier?: string
  waybill_number?: string
  /** The open exception's kind; null once every exception recorded is resolved. */
  exception?: string | null
  fulfillment_id?: string
  manifest_sent_at?: Date
}

/** Moves a consignment as the status machine allows and records what changed; the compensation restores it. */
export const changeConsignmentStep = createStep(
  "change-consignment",
  async ({ to, ...change }: ConsignmentChange, { container }) => {
    const service = logistics(container)
    const current = await service.retrieveConsignment(change.id)
    if (to) {
      const problem = consignmentTransitionProblem(current.status, to)
      if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Consignment ${current.barcode} cannot be ${to.replace(/_/g, " ")}: ${problem}.`)
    }
    const updated = await service.updateConsignments({ ...change, ...(to && { status: statusAfter(current.status, to) }) })
    return new StepResponse(updated, current)
  },
  async (previous, { container }) => {
    if (!previous) return
    const { id, status, carrier, waybill_number, exception, fulfillment_id, manifest_sent_at } = previous as ConsignmentRecord
    await logistics(container).updateConsignments({ id, status, carrier, waybill_number, exception, fulfillment_id, manifest_sent_at })
  }
)

export type NewTrackingEvent = {
  consignment_id: string
  code: string
  occurred_at: Date | string
  location?: string | null
  source: TrackingSource
  note?: string | null
  dedupe_key: string
}

/**
 * Records the events not recorded before (by dedupe key): a replayed webhook or a repeated action
 * adds nothing. Returns only the new ones, which are what people are told about.
 */
export const recordTrackingEventsStep = createStep(
  "record-tracking-events",
  async (events: NewTrackingEvent[], { container }) => {
    if (!events.length) return new StepResponse([], [] as string[])
    const service = logistics(container)
    const seen = new Set((await service.listTrackingEvents({ dedupe_key: events.map((e) => e.dedupe_key) })).map((e) => e.dedupe_key))
    const fresh = events.filter((e, i) => !seen.has(e.dedupe_key) && events.findIndex((o) => o.dedupe_key === e.dedupe_key) === i)
    if (!fresh.length) return new StepResponse([], [] as string[])
    // One at a time: a concurrent delivery (the customs release and the hand-off both record customs'
    // events) may record one between our read and our write; its unique key makes ours a no-op.
    const created: Awaited<ReturnType<typeof service.createTrackingEvents>> = []
    for (const event of fresh) {
      try {
        created.push(...(await service.createTrackingEvents([{ ...event, occurred_at: new Date(event.occurred_at) }])))
      } catch (e) {
        // Medusa maps a unique violation to INVALID_DATA "… already exists."
        if (!(e instanceof MedusaError && /already exists/.test(e.message))) throw e
      }
    }
    return new StepResponse(created, created.map((e) => e.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await logistics(container).deleteTrackingEvents(ids)
  }
)

export type PackageInput = { weight_g: number; length_mm: number; width_mm: number; height_mm: number }

type PackageRecord = Awaited<ReturnType<LogisticsModuleService["retrieveConsignmentPackage"]>>

/** The consignment's packages as weighed now: a re-weigh replaces the previous ones (the compensation puts them back). */
export const replacePackagesStep = createStep(
  "replace-consignment-packages",
  async ({ consignment_id, barcode, packages }: { consignment_id: string; barcode: string; packages: PackageInput[] }, { container }) => {
    const service = logistics(container)
    const previous = await service.listConsignmentPackages({ consignment_id })
    if (previous.length) await service.deleteConsignmentPackages(previous.map((p) => p.id))
    const created = await service.createConsignmentPackages(
      packages.map((p, i) => ({ ...p, consignment_id, sequence: i + 1, barcode: `${barcode}-${String(i + 1).padStart(2, "0")}` }))
    )
    return new StepResponse(created, { created: created.map((p) => p.id), previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = logistics(container)
    if (undo.created.length) await service.deleteConsignmentPackages(undo.created)
    if (undo.previous.length) {
      await service.createConsignmentPackages(
        (undo.previous as PackageRecord[]).map(({ sequence, weight_g, length_mm, width_mm, height_mm, barcode, consignment_id }) => ({
          sequence, weight_g, length_mm, width_mm, height_mm, barcode, consignment_id,
        }))
      )
    }
  }
)

/** A tracking event's note rewritten (the hand-over's carrier and waybill, once corrected); the compensation puts the old one back. */
export const rewriteTrackingNoteStep = createStep(
  "rewrite-tracking-note",
  async ({ dedupe_key, note }: { dedupe_key: string; note: string }, { container }) => {
    const service = logistics(container)
    const [event] = await service.listTrackingEvents({ dedupe_key })
    if (!event) return new StepResponse(null, null)
    await service.updateTrackingEvents({ id: event.id, note })
    return new StepResponse(event.id, { id: event.id, note: event.note })
  },
  async (previous, { container }) => {
    if (previous) await logistics(container).updateTrackingEvents(previous)
  }
)

export type NewWaybillCorrection = {
  consignment_id: string
  previous_carrier: string
  previous_waybill_number: string
  carrier: string
  waybill_number: string
  reason: string
  corrected_by: string
}

/** The correction's record: old and new waybill, who and why. */
export const recordWaybillCorrectionStep = createStep(
  "record-waybill-correction",
  async (input: NewWaybillCorrection, { container }) => {
    const correction = await logistics(container).createWaybillCorrections(input)
    return new StepResponse(correction, correction.id)
  },
  async (id, { container }) => {
    if (id) await logistics(container).deleteWaybillCorrections(id)
  }
)

/**
 * The Medusa fulfillment's shipment labels that carry the mistyped waybill get the corrected one (what
 * Medusa's order pages and the buyer's order show); the compensation puts the old number back.
 */
export const relabelFulfillmentStep = createStep(
  "relabel-fulfillment",
  async ({ fulfillment_id, from, to }: { fulfillment_id: string; from: string; to: string }, { container }) => {
    const fulfillments = container.resolve<IFulfillmentModuleService>(Modules.FULFILLMENT)
    const { labels } = await fulfillments.retrieveFulfillment(fulfillment_id, { relations: ["labels"] })
    const relabel = (a: string, b: string) => labels.map(({ id, tracking_number }) => ({ id, tracking_number: tracking_number === a ? b : tracking_number }))
    if (!labels.some((l) => l.tracking_number === from)) return new StepResponse(null, null)
    await fulfillments.updateFulfillment(fulfillment_id, { labels: relabel(from, to) })
    return new StepResponse(null, { fulfillment_id, undo: relabel(to, from) })
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<IFulfillmentModuleService>(Modules.FULFILLMENT).updateFulfillment(previous.fulfillment_id, { labels: previous.undo })
  }
)
