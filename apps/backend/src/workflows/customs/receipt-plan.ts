import {
  declarationStatusForReceipt, messageStatusForReceipt, stepsForReceipt, type DeclarationStatus,
} from "../../modules/customs/status"
import type { DeclarationChange, MessageChange, NewCustomsMessage } from "./steps/customs-records"

/** CEB receipt status for "manual review" (人工审核). */
const MANUAL_REVIEW = "300"

export type CustomsReceipt = {
  type: string
  guid: string
  xml: string
  /** As the trade kit's parseCebReply reads them: the declared entity's guid, the CEB status code and customs' text. */
  statuses: { guid: string; status: string; note: string; time?: string }[]
}

type Declaration = { id: string; status: DeclarationStatus; version: number; order_id: string; manufacturer_id: string; order_no: string }

/** A message we sent, with the time of the last receipt it took its status from, and its declaration as it is now. */
export type AnsweredMessage = { id: string; type: string; head_guid: string; version: number; return_time: string | null; declaration: Declaration }

/**
 * What a batch of receipts changes. Receipts already stored (`seen`) are not stored again, but they still move
 * their messages and declarations: a run that died after storing them and before moving anything (a backend killed
 * mid-request) leaves the declaration where it was, and the workers send the same batch again. Moving again is
 * safe: the status machine makes a repeated or late receipt change nothing, and a message only takes a receipt at
 * least as recent as the one it has. A manual-review hold is announced for a fresh receipt only.
 */
export function planReceipts(receipts: CustomsReceipt[], seen: Set<string>, answered: AnsweredMessage[]) {
  const byHead = new Map(answered.map((m) => [m.head_guid, m]))
  const status = new Map<string, DeclarationStatus>()
  const returnTime = new Map(answered.map((m) => [m.id, m.return_time ?? ""]))
  const inbound: NewCustomsMessage[] = []
  const messages: MessageChange[] = []
  const declarations: DeclarationChange[] = []
  const rejections: { id: string; order_id: string; manufacturer_id: string; order_no: string; reason: string }[] = []
  const clearances: { id: string; order_id: string; status: DeclarationStatus; at: string }[] = []
  const holds: { id: string; order_id: string; manufacturer_id: string; order_no: string; version: number; note: string; at: string }[] = []
  const unmatched: string[] = []
  // Oldest first, so a release read in the same batch as its acceptance follows it.
  const ordered = receipts.flatMap((r) => r.statuses.map((s) => ({ r, s }))).sort((a, b) => (a.s.time ?? "").localeCompare(b.s.time ?? ""))
  for (const { r, s } of ordered) {
    const message = byHead.get(s.guid)
    if (!message) {
      unmatched.push(r.guid)
      continue
    }
    const d = message.declaration
    const fresh = !seen.has(r.guid)
    if (fresh && !inbound.some((m) => m.guid === r.guid)) {
      inbound.push({
        declaration_id: d.id, version: message.version, type: r.type, direction: "in", guid: r.guid, head_guid: s.guid, xml: r.xml,
        status: "received", return_status: s.status, return_info: s.note, return_time: s.time ?? null,
      })
    }
    if ((s.time ?? "").localeCompare(returnTime.get(message.id)!) >= 0) {
      messages.push({ id: message.id, status: messageStatusForReceipt(s.status), return_status: s.status, return_info: s.note, return_time: s.time ?? null })
      returnTime.set(message.id, s.time ?? "")
    }
    if (message.version !== d.version) continue
    // One hold per declaration version, however many of its messages customs holds.
    if (fresh && s.status === MANUAL_REVIEW && !holds.some((h) => h.id === d.id)) {
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
  return { inbound, messages, declarations, rejections, clearances, holds, unmatched, duplicates: receipts.filter((r) => seen.has(r.guid)).length }
}
