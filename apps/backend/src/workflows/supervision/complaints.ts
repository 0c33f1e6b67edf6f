import type { ComplaintCategory } from "@aem/trade-kit"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SUPERVISION_MODULE } from "../../modules/supervision"
import type SupervisionModuleService from "../../modules/supervision/service"

type FileComplaintInput = {
  manufacturer_id: string
  customer_id: string
  buyer_order_id: string
  order_id: string
  line_item_id: string | null
  product_id: string | null
  serial: string | null
  category: ComplaintCategory
  description: string
}

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<SupervisionModuleService>(SUPERVISION_MODULE)

const createComplaintStep = createStep(
  "create-complaint",
  async (input: FileComplaintInput, { container }) => {
    const complaint = await service(container).createComplaints(input)
    return new StepResponse(complaint, complaint.id)
  },
  async (id, { container }) => {
    if (id) await service(container).deleteComplaints(id)
  }
)

/** A buyer files a complaint about their order; it goes to the manufacturer of the goods it names. */
export const fileComplaintWorkflow = createWorkflow("file-complaint", (input: FileComplaintInput) => {
  return new WorkflowResponse(createComplaintStep(input))
})

type ComplaintChange =
  | { id: string; action: "answer"; answer: string; by: string }
  | { id: string; action: "close"; resolution: string | null; by: string }

const RESTORED_FIELDS = ["status", "answer", "answered_at", "answered_by", "resolution", "closed_at", "closed_by"] as const

const changeComplaintStep = createStep(
  "change-complaint",
  async (change: ComplaintChange, { container }) => {
    const complaints = service(container)
    const before = await complaints.retrieveComplaint(change.id)
    if (before.status === "closed") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Complaint ${change.id} is already closed`)
    if (change.action === "answer" && before.status !== "open") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Complaint ${change.id} is already answered; platform staff close it`)
    }
    const now = new Date()
    const update =
      change.action === "answer"
        ? { status: "answered" as const, answer: change.answer, answered_at: now, answered_by: change.by }
        : { status: "closed" as const, resolution: change.resolution, closed_at: now, closed_by: change.by }
    const after = await complaints.updateComplaints({ id: change.id, ...update })
    return new StepResponse(after, { id: change.id, ...Object.fromEntries(RESTORED_FIELDS.map((f) => [f, before[f]])) })
  },
  async (before, { container }) => {
    if (before) await service(container).updateComplaints(before as never)
  }
)

/** The manufacturer answers an open complaint (once; its answer is what the credit record judges). */
export const answerComplaintWorkflow = createWorkflow("answer-complaint", (input: { id: string; answer: string; by: string }) => {
  return new WorkflowResponse(changeComplaintStep(transform({ input }, ({ input }): ComplaintChange => ({ ...input, action: "answer" }))))
})

/** Platform staff close a complaint, answered or not, with what was done about it. */
export const closeComplaintWorkflow = createWorkflow("close-complaint", (input: { id: string; resolution: string | null; by: string }) => {
  return new WorkflowResponse(changeComplaintStep(transform({ input }, ({ input }): ComplaintChange => ({ ...input, action: "close" }))))
})
