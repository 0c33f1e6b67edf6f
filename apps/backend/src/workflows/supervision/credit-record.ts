import { creditSummary, type CreditFact } from "@aem/trade-kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** A child order handed to the park within this many hours of being placed counts as on time. */
export const HANDOFF_TARGET_HOURS = 72

const iso = (d: unknown) => new Date(d as string).toISOString()

/**
 * A manufacturer's credit record: every fact with the record that proves it — certificates (valid or
 * expired), spot checks, customs rejections, recalls, and hand-offs to the park (from the child
 * orders' ready-for-hand-off time; consignments are not recorded yet). Buyer complaints are not
 * recorded by the marketplace, so none appear; `not_recorded` says so.
 */
export async function loadCreditRecord(container: MedusaContainer, manufacturerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const by = { manufacturer_id: manufacturerId }
  const [{ data: certificates }, { data: checks }, { data: rejections }, { data: recalls }, { data: children }] = await Promise.all([
    query.graph({ entity: "manufacturer_certificate", fields: ["id", "type", "number", "valid_until", "file_url"], filters: by }),
    query.graph({ entity: "spot_check", fields: ["id", "lab", "result", "sampled_at", "report_url"], filters: by }),
    query.graph({ entity: "declaration", fields: ["id", "order_no", "rejection_reason", "status_changed_at"], filters: { ...by, status: "rejected" } }),
    query.graph({ entity: "recall", fields: ["id", "scope", "status", "reason", "created_at"], filters: by }),
    query.graph({ entity: "child_order", fields: ["id", "order_id", "created_at", "ready_for_handoff_at"], filters: { ...by, ready_for_handoff_at: { $ne: null } } }),
  ])
  const now = new Date()
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
      evidence: { type: "spot_check", id: c.id, url: c.report_url },
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
    ...children.map((c): CreditFact => {
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
  ].sort((a, b) => b.at.localeCompare(a.at))
  return { manufacturer_id: manufacturerId, summary: creditSummary(facts), facts, not_recorded: ["complaint"] }
}
