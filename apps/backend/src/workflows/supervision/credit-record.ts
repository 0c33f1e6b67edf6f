import { complaintRecord, creditSummary, type ComplaintRow, type CreditFact } from "@aem/trade-kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Goods received at the park within this many hours of their consignment being allocated (customs
 * accepted the declaration) count as on time; so does a child order marked ready for hand-off within
 * this many hours of being placed, while it has no consignment yet.
 */
export const HANDOFF_TARGET_HOURS = 72

const iso = (d: unknown) => new Date(d as string).toISOString()

/**
 * A manufacturer's credit record: every fact with the record that proves it — certificates (valid or
 * expired), spot checks, customs rejections, recalls, and hand-offs to the park (the park's receipt of
 * each consignment; before a consignment exists, the child order's ready-for-hand-off time), and how
 * promptly buyers' complaints were answered, with the complaints counted by status. A spot check's
 * evidence links to its report through the reader's own route (the admin's or the manufacturer's; none for
 * the storefront's badge, which shows the summary only).
 */
export async function loadCreditRecord(container: MedusaContainer, manufacturerId: string, reader: { reportPath?: (spotCheckId: string) => string } = {}) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const by = { manufacturer_id: manufacturerId }
  const [{ data: certificates }, { data: checks }, { data: rejections }, { data: recalls }, { data: children }, { data: consignments }, { data: complaints }] = await Promise.all([
    query.graph({ entity: "manufacturer_certificate", fields: ["id", "type", "number", "valid_until", "file_url"], filters: by }),
    query.graph({ entity: "spot_check", fields: ["id", "lab", "result", "sampled_at"], filters: by }),
    query.graph({ entity: "declaration", fields: ["id", "order_no", "rejection_reason", "status_changed_at"], filters: { ...by, status: "rejected" } }),
    query.graph({ entity: "recall", fields: ["id", "scope", "status", "reason", "created_at"], filters: by }),
    query.graph({ entity: "child_order", fields: ["id", "order_id", "created_at", "ready_for_handoff_at"], filters: { ...by, ready_for_handoff_at: { $ne: null } } }),
    query.graph({ entity: "consignment", fields: ["id", "order_id", "barcode", "created_at", "tracking_events.code", "tracking_events.occurred_at"], filters: by }),
    query.graph({ entity: "complaint", fields: ["id", "category", "status", "created_at", "answered_at", "closed_at"], filters: by }),
  ])
  const consigned = new Set(consignments.map((c) => c.order_id))
  const now = new Date()
  const complaintsRecord = complaintRecord(complaints as unknown as ComplaintRow[], now)
  const facts: CreditFact[] = [
    ...certificates.map((c): CreditFact => {
      const valid = new Date(c.valid_until as unknown as string) >= now
      return {
        kind: "certificate",
        outcome: valid ? "good" : "bad",
        at: iso(c.valid_until),
        summary: `${c.type} ${c.number} ${valid ? "valid until" : "expired on"} ${iso(c.valid_until).slice(0, 10)}`,
        evidence: { type: "certificate", id: c.id },
      }
    }),
    ...checks.map((c): CreditFact => ({
      kind: "spot_check",
      outcome: c.result === "passed" ? "good" : "bad",
      at: iso(c.sampled_at),
      summary: `Spot check by ${c.lab}: ${c.result}`,
      evidence: { type: "spot_check", id: c.id, url: reader.reportPath?.(c.id) },
    })),
    ...rejections.map((d): CreditFact => ({
      kind: "customs_rejection",
      outcome: "bad",
      at: iso(d.status_changed_at),
      summary: `Declaration ${d.order_no} rejected by customs: ${d.rejection_reason ?? ""}`.trim(),
      evidence: { type: "declaration", id: d.id },
    })),
    ...recalls.map((r): CreditFact => ({
      kind: "recall",
      outcome: "bad",
      at: iso(r.created_at),
      summary: `Recall (${r.scope}, ${r.status}): ${r.reason}`,
      evidence: { type: "recall", id: r.id },
    })),
    ...consignments.flatMap((c): CreditFact[] => {
      const received = (c.tracking_events ?? []).find((e) => e?.code === "received")
      const allocated = new Date(c.created_at as unknown as string).getTime()
      const hours = ((received ? new Date(received.occurred_at as unknown as string).getTime() : now.getTime()) - allocated) / 3_600_000
      // Not received yet and still within the target: nothing to say either way.
      if (!received && hours <= HANDOFF_TARGET_HOURS) return []
      const onTime = !!received && hours <= HANDOFF_TARGET_HOURS
      return [
        {
          kind: "handoff",
          outcome: onTime ? "good" : "bad",
          at: received ? iso(received.occurred_at) : now.toISOString(),
          summary: received
            ? `Consignment ${c.barcode} received at the park ${Math.round(hours)} h after allocation (${onTime ? "on time" : `late, target ${HANDOFF_TARGET_HOURS} h`})`
            : `Consignment ${c.barcode} not received at the park ${Math.round(hours)} h after allocation (target ${HANDOFF_TARGET_HOURS} h)`,
          evidence: { type: "consignment", id: c.id },
        },
      ]
    }),
    ...children.filter((c) => !consigned.has(c.order_id)).map((c): CreditFact => {
      const hours = (new Date(c.ready_for_handoff_at as unknown as string).getTime() - new Date(c.created_at as unknown as string).getTime()) / 3_600_000
      const onTime = hours <= HANDOFF_TARGET_HOURS
      return {
        kind: "handoff",
        outcome: onTime ? "good" : "bad",
        at: iso(c.ready_for_handoff_at),
        summary: `Ready for the park ${Math.round(hours)} h after the order (${onTime ? "on time" : `late, target ${HANDOFF_TARGET_HOURS} h`})`,
        evidence: { type: "child_order", id: c.order_id },
      }
    }),
    ...complaintsRecord.facts,
  ].sort((a, b) => b.at.localeCompare(a.at))
  return { manufacturer_id: manufacturerId, summary: creditSummary(facts), facts, complaints: complaintsRecord.stats }
}
