import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  declarationStatusForReceipt, messageStatusForReceipt, stepsForReceipt, type DeclarationStatus,
} from "../../modules/customs/status"
import type { DeclarationChange, MessageChange, NewCustomsMessage } from "./steps/customs-records"
import { changeDeclarationsStep, createCustomsMessagesStep, readDeclarationsStep, updateCustomsMessagesStep } from "./steps/customs-records"
import { lockDeclarationsStep, unlockDeclarationsStep } from "./steps/declaration-locks"

export const DECLARATION_REJECTED = "declaration.rejected"
/** Customs accepted or released a declaration: the goods may go to the park (and leave it, once released). */
export const DECLARATION_CLEARED = "declaration.cleared"
/** Customs holds a declaration for manual review (receipt status 300): the manufacturer is told, the timeline shows it. */
export const DECLARATION_HELD = "declaration.held"
/** CEB receipt status for "manual review" (人工审核). */
const MANUAL_REVIEW = "300"

export type CustomsReceipt = {
  type: string
  guid: string
  xml: string
  /** As the trade kit's parseCebReply reads them: the declared entity's guid, the CEB status code and customs' text. */
  statuses: { guid: string; status: string; note: string; time?: string }[]
}

type SentMessage = {
  id: string
  type: string
  head_guid: string
  version: number
  declaration: { id: string; status: DeclarationStatus; version: number; order_id: string; manufacturer_id: string; order_no: string }
}

/**
 * Receipts read from customs: each is stored once (its guid is unique), the message it answers takes
 * its status, and the declaration moves as the status machine allows — only for receipts answering
 * its current version (a late answer to a corrected-away version is kept, and moves nothing). A
 * rejection is announced with customs' reason (the notification subscriber tells the manufacturer and
 * the platform).
 */
export const recordCustomsReceiptsWorkflow = createWorkflow("record-customs-receipts", (input: { receipts: CustomsReceipt[] }) => {
  const { data: seen } = useQueryGraphStep({
    entity: "customs_message",
    fields: ["guid"],
    filters: { guid: transform({ input }, ({ input }) => input.receipts.map((r) => r.guid)) },
  }).config({ name: "receipts-seen" })
  const { data: sent } = useQueryGraphStep({
    entity: "customs_message",
    fields: ["id", "type", "head_guid", "version", "declaration_id"],
    filters: { direction: "out", head_guid: transform({ input }, ({ input }) => input.receipts.flatMap((r) => r.statuses.map((s) => s.guid))) },
  }).config({ name: "messages-answered" })
  // Their statuses are read once they are locked: the workers may be marking them submitted right now.
  const declarationIds = transform({ sent }, ({ sent }) => sent.map((m) => m.declaration_id as string))
  const lock = lockDeclarationsStep(declarationIds)
  const current = readDeclarationsStep(declarationIds)

  const plan = transform({ input, seen, sent, current }, ({ input, seen, sent, current }) => {
    const seenGuids = new Set(seen.map((m) => m.guid))
    const declarationById = new Map(current.map((d) => [d.id, d as SentMessage["declaration"]]))
    const byHead = new Map(sent.map((m) => [m.head_guid as string, { ...(m as unknown as SentMessage), declaration: declarationById.get(m.declaration_id as string)! }]))
    const status = new Map<string, DeclarationStatus>()
    const inbound: NewCustomsMessage[] = []
    const messages: MessageChange[] = []
    const declarations: DeclarationChange[] = []
    const rejections: { id: string; order_id: string; manufacturer_id: string; order_no: string; reason: string }[] = []
    const clearances: { id: string; order_id: string; status: DeclarationStatus; at: string }[] = []
    const holds: { id: string; order_id: string; manufacturer_id: string; order_no: string; version: number; note: string; at: string }[] = []
    const unmatched: string[] = []
    // Oldest first, so a release read in the same batch as its acceptance follows it.
    const fresh = input.receipts.filter((r) => !seenGuids.has(r.guid))
    const ordered = fresh.flatMap((r) => r.statuses.map((s) => ({ r, s }))).sort((a, b) => (a.s.time ?? "").localeCompare(b.s.time ?? ""))
    for (const { r, s } of ordered) {
      const answered = byHead.get(s.guid)
      if (!answered) {
        unmatched.push(r.guid)
        continue
      }
      const d = answered.declaration
      if (!inbound.some((m) => m.guid === r.guid)) {
        inbound.push({
          declaration_id: d.id, version: answered.version, type: r.type, direction: "in", guid: r.guid, head_guid: s.guid, xml: r.xml,
          status: "received", return_status: s.status, return_info: s.note, return_time: s.time ?? null,
        })
      }
      messages.push({ id: answered.id, status: messageStatusForReceipt(s.status), return_status: s.status, return_info: s.note, return_time: s.time ?? null })
      if (answered.version !== d.version) continue
      // One hold per declaration version, however many of its messages customs holds.
      if (s.status === MANUAL_REVIEW && !holds.some((h) => h.id === d.id)) {
        holds.push({ id: d.id, order_id: d.order_id, manufacturer_id: d.manufacturer_id, order_no: d.order_no, version: d.version, note: s.note, at: new Date().toISOString() })
      }
      const current = status.get(d.id) ?? d.status
      for (const to of stepsForReceipt(current, declarationStatusForReceipt(r.type, s.status))) {
        declarations.push({ id: d.id, to, by: "customs", ...(to === "rejected" && { rejection_reason: s.note || `customs returned status ${s.status}` }) })
        if (to === "rejected") rejections.push({ id: d.id, order_id: d.order_id, manufacturer_id: d.manufacturer_id, order_no: d.order_no, reason: s.note })
        if (to === "accepted" || to === "released") clearances.push({ id: d.id, order_id: d.order_id, status: to, at: new Date().toISOString() })
        status.set(d.id, to)
      }
    }
    return { inbound, messages, declarations, rejections, clearances, holds, unmatched, duplicates: input.receipts.length - fresh.length }
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
