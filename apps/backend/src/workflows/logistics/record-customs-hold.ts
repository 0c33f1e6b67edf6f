import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { LOGISTICS_MODULE } from "../../modules/logistics"
import type LogisticsModuleService from "../../modules/logistics/service"
import { CONSIGNMENT_TRACKED } from "./consignment-actions"
import { recordTrackingEventsStep, type NewTrackingEvent } from "./steps/consignment-records"

export type CustomsHold = { id: string; order_id: string; manufacturer_id: string; order_no: string; version: number; note: string; at: string }

const consignmentOfOrderStep = createStep("consignment-of-order", async (orderId: string, { container }) => {
  const [consignment] = await container.resolve<LogisticsModuleService>(LOGISTICS_MODULE).listConsignments({ order_id: orderId })
  return new StepResponse(consignment ?? null)
})

/**
 * Customs holds the declaration for manual review: once the park has the consignment, its timeline
 * shows the hold (once per declaration version). Before that, the buyer's timeline reads the hold
 * from the declaration's receipts.
 */
export const recordCustomsHoldWorkflow = createWorkflow("record-customs-hold", (input: CustomsHold) => {
  const consignment = consignmentOfOrderStep(input.order_id)
  const events = recordTrackingEventsStep(
    transform({ consignment, input }, ({ consignment, input }): NewTrackingEvent[] =>
      consignment
        ? [{
            consignment_id: consignment.id,
            code: "customs_hold",
            occurred_at: input.at,
            source: "customs",
            note: input.note || null,
            dedupe_key: `customs:${input.id}:hold:v${input.version}`,
          }]
        : []
    )
  )
  emitEventStep({
    eventName: CONSIGNMENT_TRACKED,
    data: transform({ events }, ({ events }) => events.map((e) => ({ id: e.id, consignment_id: e.consignment_id, code: e.code }))),
  })
  return new WorkflowResponse(events)
})
