import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { planReceipts, type AnsweredMessage, type CustomsReceipt } from "./receipt-plan"
import { changeDeclarationsStep, createCustomsMessagesStep, readDeclarationsStep, updateCustomsMessagesStep } from "./steps/customs-records"
import { lockDeclarationsStep, unlockDeclarationsStep } from "./steps/declaration-locks"

export type { CustomsReceipt } from "./receipt-plan"

export const DECLARATION_REJECTED = "declaration.rejected"
/** Customs accepted or released a declaration: the goods may go to the park (and leave it, once released). */
export const DECLARATION_CLEARED = "declaration.cleared"
/** Customs holds a declaration for manual review (receipt status 300): the manufacturer is told, the timeline shows it. */
export const DECLARATION_HELD = "declaration.held"

/**
 * Receipts read from customs: each is stored once (its guid is unique), the message it answers takes
 * its status, and the declaration moves as the status machine allows — only for receipts answering
 * its current version (a late answer to a corrected-away version is kept, and moves nothing). A
 * rejection is announced with customs' reason (the notification subscriber tells the manufacturer and
 * the platform). What a batch changes is planned by `planReceipts`.
 */
export const recordCustomsReceiptsWorkflow = createWorkflow("record-customs-receipts", (input: { receipts: CustomsReceipt[] }) => {
  const { data: seen } = useQueryGraphStep({
    entity: "customs_message",
    fields: ["guid"],
    filters: { guid: transform({ input }, ({ input }) => input.receipts.map((r) => r.guid)) },
  }).config({ name: "receipts-seen" })
  const { data: sent } = useQueryGraphStep({
    entity: "customs_message",
    fields: ["id", "type", "head_guid", "version", "return_time", "declaration_id"],
    filters: { direction: "out", head_guid: transform({ input }, ({ input }) => input.receipts.flatMap((r) => r.statuses.map((s) => s.guid))) },
  }).config({ name: "messages-answered" })
  // Their statuses are read once they are locked: the workers may be marking them submitted right now.
  const declarationIds = transform({ sent }, ({ sent }) => sent.map((m) => m.declaration_id as string))
  const lock = lockDeclarationsStep(declarationIds)
  const current = readDeclarationsStep(declarationIds)

  const plan = transform({ input, seen, sent, current }, ({ input, seen, sent, current }) => {
    const declarationById = new Map(current.map((d) => [d.id, d as AnsweredMessage["declaration"]]))
    const answered = sent.map((m) => ({ ...(m as unknown as Omit<AnsweredMessage, "declaration">), declaration: declarationById.get(m.declaration_id as string)! }))
    return planReceipts(input.receipts, new Set(seen.map((m) => m.guid as string)), answered)
  })

  createCustomsMessagesStep(transform({ plan }, ({ plan }) => plan.inbound))
  updateCustomsMessagesStep(transform({ plan }, ({ plan }) => plan.messages))
  changeDeclarationsStep(transform({ plan }, ({ plan }) => plan.declarations))
  emitEventStep({ eventName: DECLARATION_REJECTED, data: transform({ plan }, ({ plan }) => plan.rejections) })
  emitEventStep({ eventName: DECLARATION_CLEARED, data: transform({ plan }, ({ plan }) => plan.clearances) }).config({ name: "emit-declaration-cleared" })
  emitEventStep({ eventName: DECLARATION_HELD, data: transform({ plan }, ({ plan }) => plan.holds) }).config({ name: "emit-declaration-held" })
  unlockDeclarationsStep(lock)

  return new WorkflowResponse(
    transform({ plan }, ({ plan }) => ({
      recorded: plan.inbound.map((m) => m.guid),
      duplicates: plan.duplicates,
      unmatched: [...new Set(plan.unmatched)],
      declarations: plan.declarations.map((c) => ({ id: c.id, status: c.to })),
    }))
  )
})
