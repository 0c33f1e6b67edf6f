import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createOrderFulfillmentWorkflow, createOrderShipmentWorkflow, emitEventStep, markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import { LOGISTICS_MODULE } from "../../modules/logistics"
import type LogisticsModuleService from "../../modules/logistics/service"
import {
  exceptionResolutionKey, openExceptions, repeatedHandOverProblem, waybillCorrectionProblem, waybillNote,
  type ConsignmentStatus, type ExceptionKind, type TrackingSource,
} from "../../modules/logistics/status"
import { handedOffAtParkStep } from "../order-group/advance-child-order"
import {
  changeConsignmentStep, recordTrackingEventsStep, recordWaybillCorrectionStep, relabelFulfillmentStep, replacePackagesStep, rewriteTrackingNoteStep,
  type PackageInput,
} from "./steps/consignment-records"
import { consignmentFulfillmentPlanStep } from "./steps/fulfillment-plan"

/** A new tracking event; subscribers tell the buyer and the manufacturer about the ones that matter to them. */
export const CONSIGNMENT_TRACKED = "consignment.tracked"

const loadConsignmentStep = createStep("load-consignment", async (id: string, { container }) => {
  const consignment = await container.resolve<LogisticsModuleService>(LOGISTICS_MODULE).retrieveConsignment(id)
  return new StepResponse(consignment)
})

/** The buyer's order may leave China only once customs has released its declaration. */
export async function customsReleaseProblem(container: { resolve: (key: string) => unknown }, declarationId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as { graph: (q: object) => Promise<{ data: { status: string }[] }> }
  const { data } = await query.graph({ entity: "declaration", fields: ["status"], filters: { id: declarationId } })
  const status = data[0]?.status ?? "missing"
  return status === "released" ? null : `customs has not released this consignment yet (its declaration is ${status}); hand it over once customs releases it`
}

const assertReleasedStep = createStep("assert-customs-released", async (declarationId: string, { container }) => {
  const problem = await customsReleaseProblem(container, declarationId)
  if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)
  return new StepResponse(true)
})

type WaybillChange = { current: { barcode: string; carrier: string | null; waybill_number: string | null }; next: { carrier: string; waybill_number: string } }

/** A consignment already handed over takes no other waybill by a second hand-over (a correction is its own action). */
const assertFirstHandOverStep = createStep("assert-first-hand-over", async ({ current, next }: WaybillChange) => {
  const problem = repeatedHandOverProblem(current, next)
  if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cannot hand over ${current.barcode}: ${problem}.`)
  return new StepResponse(true)
})

/** The correction must change something, to a waybill no other consignment has. */
const assertWaybillCorrectableStep = createStep("assert-waybill-correctable", async ({ current, next }: WaybillChange, { container }) => {
  const [holder] = await container.resolve<LogisticsModuleService>(LOGISTICS_MODULE).listConsignments({ waybill_number: next.waybill_number }, { select: ["barcode"] })
  const problem =
    waybillCorrectionProblem(current, next) ?? (holder && holder.barcode !== current.barcode ? `waybill ${next.waybill_number} is already another consignment's` : null)
  if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cannot correct the waybill of ${current.barcode}: ${problem}.`)
  return new StepResponse(true)
})

type Actor = { consignment_id: string; operator_id: string }

const trackedEvents = (events: { id: string; consignment_id: string; code: string }[]) =>
  events.map((e) => ({ id: e.id, consignment_id: e.consignment_id, code: e.code }))

/** One action of the park: the consignment moves, its timeline gets the event, and the event is announced. */
function track(
  consignmentId: string,
  code: string,
  dedupeKey: string,
  source: TrackingSource,
  extra: { note?: string | null; location?: string | null; occurred_at?: string } = {}
) {
  return { consignment_id: consignmentId, code, source, dedupe_key: dedupeKey, occurred_at: extra.occurred_at ?? new Date().toISOString(), note: extra.note ?? null, location: extra.location ?? null }
}

/** Goods scanned in at the park, which is the manufacturer's hand-off of them. Scanning again changes nothing. */
export const receiveConsignmentWorkflow = createWorkflow("receive-consignment", (input: Actor) => {
  const consignment = changeConsignmentStep(transform({ input }, ({ input }) => ({ id: input.consignment_id, to: "received" as const })))
  handedOffAtParkStep(transform({ consignment, input }, ({ consignment, input }) => ({ order_id: consignment.order_id, operator_id: input.operator_id })))
  const events = recordTrackingEventsStep(
    transform({ consignment }, ({ consignment }) => [track(consignment.id, "received", `received:${consignment.id}`, "operator")])
  )
  emitEventStep({ eventName: CONSIGNMENT_TRACKED, data: transform({ events }, ({ events }) => trackedEvents(events)) })
  return new WorkflowResponse(consignment)
})

/**
 * The goods weighed, measured and packed: the packages are recorded and the buyer's order gets its
 * Medusa fulfillment for this manufacturer's items, from the park's stock location (once; a re-weigh
 * keeps it).
 */
export const packConsignmentWorkflow = createWorkflow("pack-consignment", (input: Actor & { packages: PackageInput[] }) => {
  const current = loadConsignmentStep(input.consignment_id)
  const consignment = changeConsignmentStep(transform({ input }, ({ input }) => ({ id: input.consignment_id, to: "packed" as const })))
  replacePackagesStep(transform({ input, current }, ({ input, current }) => ({ consignment_id: current.id, barcode: current.barcode, packages: input.packages })))

  when("consignment-needs-fulfillment", { current }, ({ current }) => !current.fulfillment_id).then(() => {
    const plan = consignmentFulfillmentPlanStep(current)
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
      input: transform({ plan, input }, ({ plan, input }) => ({
        order_id: plan.order_id,
        items: plan.items,
        location_id: plan.location_id,
        created_by: input.operator_id,
        no_notification: true,
      })),
    })
    changeConsignmentStep(transform({ current, fulfillment }, ({ current, fulfillment }) => ({ id: current.id, fulfillment_id: fulfillment.id }))).config({
      name: "remember-fulfillment",
    })
  })
  const events = recordTrackingEventsStep(
    transform({ consignment, input }, ({ consignment, input }) => [
      track(consignment.id, "packed", `packed:${consignment.id}:${JSON.stringify(input.packages)}`, "operator", {
        note: `${input.packages.length} package(s), ${input.packages.reduce((g, p) => g + p.weight_g, 0)} g`,
      }),
    ])
  )
  emitEventStep({ eventName: CONSIGNMENT_TRACKED, data: transform({ events }, ({ events }) => trackedEvents(events)) })
  return new WorkflowResponse(consignment)
})

/** The hand-over's tracking event: one per consignment (a correction rewrites its note). */
const handOverKey = (consignmentId: string) => `handed_over:${consignmentId}`

/** Handed to a carrier with its waybill, once customs has released it: the fulfillment is shipped with the tracking number. */
export const handOverConsignmentWorkflow = createWorkflow(
  "hand-over-consignment",
  (input: Actor & { carrier: string; waybill_number: string }) => {
    const current = loadConsignmentStep(input.consignment_id)
    assertFirstHandOverStep(transform({ current, input }, ({ current, input }) => ({ current, next: input })))
    assertReleasedStep(transform({ current }, ({ current }) => current.declaration_id))
    const consignment = changeConsignmentStep(
      transform({ input }, ({ input }) => ({ id: input.consignment_id, to: "handed_over" as const, carrier: input.carrier, waybill_number: input.waybill_number }))
    )
    when("consignment-shipped-once", { current }, ({ current }) => current.status !== "handed_over" && !!current.fulfillment_id).then(() => {
      const plan = consignmentFulfillmentPlanStep(current)
      createOrderShipmentWorkflow.runAsStep({
        input: transform({ plan, current, input }, ({ plan, current, input }) => ({
          order_id: plan.order_id,
          fulfillment_id: current.fulfillment_id!,
          items: plan.items,
          labels: [{ tracking_number: input.waybill_number, tracking_url: "#", label_url: "#" }],
          created_by: input.operator_id,
          no_notification: true,
        })),
      })
    })
    const events = recordTrackingEventsStep(
      transform({ consignment, input }, ({ consignment, input }) => [
        track(consignment.id, "handed_over", handOverKey(consignment.id), "operator", { note: waybillNote(input) }),
      ])
    )
    emitEventStep({ eventName: CONSIGNMENT_TRACKED, data: transform({ events }, ({ events }) => trackedEvents(events)) })
    return new WorkflowResponse(consignment)
  }
)

/**
 * A mistyped waybill (or carrier) put right after the hand-over, in one go: the consignment, the
 * Medusa fulfillment's shipment label, the hand-over event's note and a correction on the timeline all
 * say the corrected one; the correction is kept with the old waybill, the operator and the reason; the
 * buyer and the manufacturer are told (the `waybill_corrected` event).
 */
export const correctWaybillWorkflow = createWorkflow(
  "correct-waybill",
  (input: Actor & { carrier: string; waybill_number: string; reason: string }) => {
    const current = loadConsignmentStep(input.consignment_id)
    assertWaybillCorrectableStep(transform({ current, input }, ({ current, input }) => ({ current, next: input })))
    const consignment = changeConsignmentStep(
      transform({ input }, ({ input }) => ({ id: input.consignment_id, carrier: input.carrier, waybill_number: input.waybill_number }))
    )
    when("consignment-has-shipment-label", { current }, ({ current }) => !!current.fulfillment_id).then(() => {
      relabelFulfillmentStep(
        transform({ current, input }, ({ current, input }) => ({ fulfillment_id: current.fulfillment_id!, from: current.waybill_number!, to: input.waybill_number }))
      )
    })
    rewriteTrackingNoteStep(transform({ consignment }, ({ consignment }) => ({ dedupe_key: handOverKey(consignment.id), note: waybillNote(consignment) })))
    const correction = recordWaybillCorrectionStep(
      transform({ current, input }, ({ current, input }) => ({
        consignment_id: current.id,
        previous_carrier: current.carrier ?? "",
        previous_waybill_number: current.waybill_number ?? "",
        carrier: input.carrier,
        waybill_number: input.waybill_number,
        reason: input.reason,
        corrected_by: input.operator_id,
      }))
    )
    const events = recordTrackingEventsStep(
      transform({ consignment, correction }, ({ consignment, correction }) => [
        track(consignment.id, "waybill_corrected", `waybill_corrected:${correction.id}`, "operator", { note: waybillNote(consignment) }),
      ])
    )
    emitEventStep({ eventName: CONSIGNMENT_TRACKED, data: transform({ events }, ({ events }) => trackedEvents(events)) })
    return new WorkflowResponse(consignment)
  }
)

/** Something went wrong with the goods: flagged on the consignment and told to the buyer and the manufacturer. */
export const recordConsignmentExceptionWorkflow = createWorkflow(
  "record-consignment-exception",
  (input: Actor & { kind: ExceptionKind; note: string }) => {
    const consignment = changeConsignmentStep(transform({ input }, ({ input }) => ({ id: input.consignment_id, exception: input.kind })))
    const events = recordTrackingEventsStep(
      transform({ consignment, input }, ({ consignment, input }) => [
        // Each report is its own event: the same kind may happen twice (two damaged cartons).
        track(consignment.id, `exception_${input.kind}`, `exception:${consignment.id}:${input.kind}:${Date.now()}`, "operator", { note: input.note }),
      ])
    )
    emitEventStep({ eventName: CONSIGNMENT_TRACKED, data: transform({ events }, ({ events }) => trackedEvents(events)) })
    return new WorkflowResponse(consignment)
  }
)

/**
 * Which exception of the consignment is being resolved, and what stays open after it: the kind of the
 * latest exception not yet resolved, or null. Another consignment's (or a made-up) exception is a 404.
 */
const planExceptionResolutionStep = createStep(
  "plan-exception-resolution",
  async (input: { consignment_id: string; exception_id: string }, { container }) => {
    const service = container.resolve<LogisticsModuleService>(LOGISTICS_MODULE)
    const events = await service.listTrackingEvents({ consignment_id: input.consignment_id }, { order: { occurred_at: "ASC", sequence: "ASC" } })
    const exception = events.find((e) => e.id === input.exception_id && e.code.startsWith("exception_") && e.code !== "exception_resolved")
    if (!exception) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Exception ${input.exception_id} was not found on this consignment`)
    // Resolving it again changes nothing: the resolution's key makes no second event.
    const open = openExceptions(events).filter((e) => e.id !== exception.id)
    return new StepResponse({ exception, stillOpen: open.length ? open[open.length - 1].code.slice("exception_".length) : null })
  }
)

/** An operator clears an exception they recorded (the carton was re-packed, the package found), saying how; the buyer and the manufacturer are told. */
export const resolveConsignmentExceptionWorkflow = createWorkflow(
  "resolve-consignment-exception",
  (input: Actor & { exception_id: string; note: string }) => {
    const { exception, stillOpen } = planExceptionResolutionStep(input)
    const consignment = changeConsignmentStep(transform({ input, stillOpen }, ({ input, stillOpen }) => ({ id: input.consignment_id, exception: stillOpen })))
    const events = recordTrackingEventsStep(
      transform({ consignment, input, exception }, ({ consignment, input, exception }) => [
        track(consignment.id, "exception_resolved", exceptionResolutionKey(exception.id), "operator", { note: input.note }),
      ])
    )
    emitEventStep({ eventName: CONSIGNMENT_TRACKED, data: transform({ events }, ({ events }) => trackedEvents(events)) })
    return new WorkflowResponse(consignment)
  }
)

export type CarrierEvent = {
  consignment_id: string
  code: string
  occurred_at: string
  location?: string | null
  note?: string | null
  event_id: string
  source: "park" | "carrier"
}

const MOVES: Record<string, Exclude<ConsignmentStatus, "allocated"> | undefined> = { in_transit: "in_transit", out_for_delivery: "in_transit", delivered: "delivered" }

/**
 * An event from the park's or a carrier's system (by its event id, once): the consignment moves to
 * in transit or delivered, and at delivery the buyer's fulfillment is marked delivered.
 */
export const recordCarrierEventWorkflow = createWorkflow("record-carrier-event", (input: CarrierEvent) => {
  const current = loadConsignmentStep(input.consignment_id)
  const events = recordTrackingEventsStep(
    transform({ input }, ({ input }) => [
      track(input.consignment_id, input.code, `${input.source}:${input.event_id}`, input.source, { occurred_at: input.occurred_at, location: input.location, note: input.note }),
    ])
  )
  const change = transform({ input, events }, ({ input, events }) => {
    const to = events.length ? MOVES[input.code] : undefined
    const exception = events.length && input.code.startsWith("exception_") ? input.code.slice("exception_".length) : undefined
    return { id: input.consignment_id, ...(to && { to }), ...(exception && { exception }) }
  })
  const consignment = changeConsignmentStep(change)
  when("consignment-newly-delivered", { current, consignment }, ({ current, consignment }) =>
    current.status !== "delivered" && consignment.status === "delivered" && !!current.fulfillment_id
  ).then(() => {
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
      input: transform({ current }, ({ current }) => ({ orderId: current.buyer_order_id, fulfillmentId: current.fulfillment_id!, no_notification: true })),
    })
  })
  emitEventStep({ eventName: CONSIGNMENT_TRACKED, data: transform({ events }, ({ events }) => trackedEvents(events)) })
  return new WorkflowResponse({ consignment, recorded: transform({ events }, ({ events }) => events.length > 0) })
})
