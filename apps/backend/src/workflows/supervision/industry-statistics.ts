import { exportTotals, toMinor, type IndustryStatistics } from "@aem/trade-kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

const within = (from: Date, to: Date) => ({ $gte: from, $lt: to })

/**
 * The industry statistics over [from, to), read from the same records orders, statements and
 * declarations use: the child orders split in the period (their totals are what the buyer paid for
 * each manufacturer's part, to the cent), the destination on their shipping address and the customs
 * mode on their declaration ("undeclared" while a declaration is still missing).
 */
export async function loadIndustryStatistics(container: MedusaContainer, from: Date, to: Date): Promise<IndustryStatistics> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: children } = await query.graph({ entity: "child_order", fields: ["order_id"], filters: { created_at: within(from, to) } })
  const orderIds = children.map((c) => c.order_id)
  const [{ data: orders }, { data: declarations }, { data: products }, { data: manufacturers }, { data: recalls }, { data: checks }, { data: fittings }] =
    await Promise.all([
      orderIds.length
        ? query.graph({ entity: "order", fields: ["id", "currency_code", "total", "shipping_address.country_code", "items.*"], filters: { id: orderIds } })
        : Promise.resolve({ data: [] as never[] }),
      orderIds.length
        ? query.graph({ entity: "declaration", fields: ["order_id", "mode"], filters: { order_id: orderIds } })
        : Promise.resolve({ data: [] as never[] }),
      query.graph({ entity: "product", fields: ["id", "status", "metadata"] }),
      query.graph({ entity: "manufacturer", fields: ["status"] }),
      query.graph({ entity: "recall", fields: ["created_at", "closed_at"] }),
      query.graph({ entity: "spot_check", fields: ["result"], filters: { sampled_at: within(from, to) } }),
      query.graph({ entity: "fitting_request", fields: ["id"], filters: { created_at: within(from, to) } }),
    ])

  const modeOf = new Map(declarations.map((d): [string, string] => [d.order_id, d.mode]))
  const exportsByKey = new Map<string, IndustryStatistics["exports"][number]>()
  for (const o of orders) {
    const country = o.shipping_address?.country_code ?? "unknown"
    const mode = modeOf.get(o.id) ?? "undeclared"
    const key = `${country}|${mode}|${o.currency_code}`
    const row = exportsByKey.get(key) ?? { country_code: country, mode, currency_code: o.currency_code, orders: 0, value_minor: 0 }
    row.orders += 1
    row.value_minor += toMinor(Number(o.total), o.currency_code)
    exportsByKey.set(key, row)
  }
  const exports = [...exportsByKey.values()].sort((a, b) => `${a.country_code}${a.mode}${a.currency_code}`.localeCompare(`${b.country_code}${b.mode}${b.currency_code}`))

  const isoOf = new Map(products.map((p) => [p.id, (p.metadata as { iso_9999?: string } | null)?.iso_9999 ?? "unclassified"]))
  const classes = new Map<string, { iso_class: string; products: number; quantity: number }>()
  const classRow = (iso: string) => classes.get(iso) ?? classes.set(iso, { iso_class: iso, products: 0, quantity: 0 }).get(iso)!
  for (const p of products) if (p.status === "published") classRow(isoOf.get(p.id)!).products += 1
  for (const o of orders) {
    for (const item of o.items ?? []) classRow(isoOf.get(item?.product_id ?? "") ?? "unclassified").quantity += Number(item?.quantity ?? 0)
  }

  const statusCounts = new Map<string, number>()
  for (const m of manufacturers) statusCounts.set(m.status, (statusCounts.get(m.status) ?? 0) + 1)
  const inPeriod = (d: unknown) => d != null && new Date(d as string) >= from && new Date(d as string) < to

  return {
    from: from.toISOString(),
    to: to.toISOString(),
    products_by_iso_class: [...classes.values()].sort((a, b) => a.iso_class.localeCompare(b.iso_class)),
    manufacturers: [...statusCounts].map(([status, count]) => ({ status, count })).sort((a, b) => a.status.localeCompare(b.status)),
    exports,
    export_totals: exportTotals(exports),
    fitting_requests: fittings.length,
    recalls: { opened: recalls.filter((r) => inPeriod(r.created_at)).length, closed: recalls.filter((r) => inPeriod(r.closed_at)).length },
    spot_checks: { passed: checks.filter((c) => c.result === "passed").length, failed: checks.filter((c) => c.result === "failed").length },
  }
}
