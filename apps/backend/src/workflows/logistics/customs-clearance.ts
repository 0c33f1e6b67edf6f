import { handOffConsignmentJob } from "@aem/job-contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { LOGISTICS_MODULE } from "../../modules/logistics"
import type LogisticsModuleService from "../../modules/logistics/service"
import { enqueueJobStep } from "../steps/enqueue-job"
import { customsTrackingEvents } from "./allocate-consignment"
import { CONSIGNMENT_TRACKED } from "./consignment-actions"
import { recordTrackingEventsStep } from "./steps/consignment-records"

export type Clearance = { id: string; order_id: string; status: "accepted" | "released"; at: string }

/** Customs accepted (or released) the declaration: the workers hand the consignment to the park (one job per child order). */
export const requestConsignmentHandOffWorkflow = createWorkflow("request-consignment-hand-off", (input: Clearance) => {
  const job = enqueueJobStep(
    transform({ input }, ({ input }) => ({ jobName: handOffConsignmentJob.name, payload: { orderId: input.order_id, declarationId: input.id } }))
  )
  return new WorkflowResponse(job)
})

const allocatedConsignmentStep = createStep("allocated-consignment", async (orderId: string, { container }) => {
  const [consignment] = await container.resolve<LogisticsModuleService>(LOGISTICS_MODULE).listConsignments({ order_id: orderId })
  // Thrown so the event bus retries: the hand-off job allocates it moments after the acceptance.
  if (!consignment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} has no consignment yet: its customs release is recorded once the park has it.`)
  return new StepResponse(consignment)
})

/** Customs released the goods: the consignment's timeline shows it (once) and the buyer is told. */
export const recordCustomsReleaseWorkflow = createWorkflow("record-customs-release", (input: Clearance) => {
  const consignment = allocatedConsignmentStep(input.order_id)
  const events = recordTrackingEventsStep(
    transform({ consignment, input }, ({ consignment, input }) => customsTrackingEvents(consignment.id, { id: input.id, status: input.status, at: input.at }))
  )
  emitEventStep({
    eventName: CONSIGNMENT_TRACKED,
    data: transform({ events }, ({ events }) => events.map((e) => ({ id: e.id, consignment_id: e.consignment_id, code: e.code }))),
  })
  return new WorkflowResponse(events)
})
