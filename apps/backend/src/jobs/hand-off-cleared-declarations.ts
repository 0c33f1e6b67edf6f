import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { requestConsignmentHandOffWorkflow } from "../workflows/logistics/customs-clearance"

/** A declaration cleared longer ago than this with no consignment lost its hand-off. */
const GRACE_MS = 60_000

/**
 * Every minute: a declaration customs cleared (accepted or released) more than a minute ago whose
 * order has no consignment gets its hand-off job asked for again. The job normally follows the
 * `declaration.cleared` event, but Medusa releases a workflow's events after it has committed, and
 * events released while Redis is unreachable are lost. The job id is the child order's, so this never
 * makes a second job: a job still waiting or failed (and visible as such) is left as it is.
 */
export default async function handOffClearedDeclarations(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const before = new Date(Date.now() - GRACE_MS)
  const { data: cleared } = await query.graph({
    entity: "declaration",
    fields: ["id", "order_id", "status", "status_changed_at", "updated_at"],
    filters: { status: ["accepted", "released"], updated_at: { $lt: before } },
    pagination: { take: 1000 },
  })
  if (!cleared.length) return
  const { data: consignments } = await query.graph({ entity: "consignment", fields: ["order_id"], filters: { order_id: cleared.map((d) => d.order_id) } })
  const handedOff = new Set(consignments.map((c) => c.order_id))
  for (const d of cleared.filter((d) => !handedOff.has(d.order_id))) {
    const at = new Date((d.status_changed_at ?? d.updated_at) as unknown as string).toISOString()
    await requestConsignmentHandOffWorkflow(container).run({ input: { id: d.id, order_id: d.order_id, status: d.status as "accepted" | "released", at } })
  }
}

export const config = { name: "hand-off-cleared-declarations", schedule: "* * * * *" }
