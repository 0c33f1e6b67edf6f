import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { enterExportPipeline } from "../workflows/order-group/enter-export-pipeline"

/**
 * An order placed longer ago than this with no order group (or a child order with no declaration) was
 * missed. Generous: a burst of orders can keep the subscriber busy for minutes, and the sweep is for
 * lost events, not for a backlog.
 */
const GRACE_MS = 10 * 60_000
/** Older orders are not looked at again: a day of misses (a backend down that long) is a matter for people. */
const WINDOW_MS = 24 * 60 * 60_000
const PAGE = 1000

/**
 * Every minute: buyers' orders placed more than ten minutes ago that were never split, and child orders
 * whose declaration was never registered, enter the export pipeline. `order.placed` normally does it, but
 * Medusa releases events after the placing workflow commits, events released while Redis is unreachable
 * are lost, and a crash between the split and the declarations leaves the rest undone. Both workflows
 * are idempotent (unique buyer order per group, unique order per declaration), so a race with a late
 * event makes nothing twice.
 */
export default async function enterMissedOrders(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const now = Date.now()
  const orders: { id: string; metadata: Record<string, unknown> | null }[] = []
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "metadata"],
      filters: {
        is_draft_order: false,
        status: { $ne: "canceled" },
        created_at: { $lt: new Date(now - GRACE_MS), $gt: new Date(now - WINDOW_MS) },
      },
      pagination: { skip, take: PAGE, order: { created_at: "ASC" } },
    })
    orders.push(...data)
    if (data.length < PAGE) break
  }
  if (!orders.length) return
  const parentOf = (o: (typeof orders)[number]) => (o.metadata as { buyer_order_id?: string } | null)?.buyer_order_id
  const buyerOrderIds = orders.filter((o) => !parentOf(o)).map((o) => o.id)
  const childOrders = orders.filter((o) => parentOf(o))

  const [{ data: groups }, { data: declarations }] = await Promise.all([
    query.graph({ entity: "order_group", fields: ["buyer_order_id"], filters: { buyer_order_id: buyerOrderIds } }),
    query.graph({ entity: "declaration", fields: ["order_id"], filters: { order_id: childOrders.map((o) => o.id) } }),
  ])
  const split = new Set(groups.map((g) => g.buyer_order_id))
  const declared = new Set(declarations.map((d) => d.order_id))
  const missed = new Set([
    ...buyerOrderIds.filter((id) => !split.has(id)),
    ...childOrders.filter((o) => !declared.has(o.id)).map((o) => parentOf(o)!),
  ])
  for (const buyerOrderId of missed) {
    try {
      await enterExportPipeline(container, buyerOrderId)
      logger.info(`enter-missed-orders: order ${buyerOrderId} entered the export pipeline late (its order.placed was lost)`)
    } catch (e) {
      // One order that cannot be split (and stays visible as unsplit) must not keep the others out.
      logger.error(`enter-missed-orders: order ${buyerOrderId}: ${(e as { message?: string })?.message ?? JSON.stringify(e)}`)
    }
  }
}

export const config = { name: "enter-missed-orders", schedule: "* * * * *" }
