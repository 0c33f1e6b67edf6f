import { formatMinor, statementPeriod, statementTotals, toMinor, type StatementLine } from "@aem/trade-kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

const major = (minor: number, currency: string) => Number(formatMinor(minor, currency))

/**
 * A manufacturer's statement for a month (Beijing time): every child order split in that month, what
 * the buyer paid for it (gross), the platform's commission and what the manufacturer is owed (net).
 */
export async function loadStatement(scope: MedusaContainer, manufacturerId: string, month: string) {
  let period: { from: Date; to: Date }
  try {
    period = statementPeriod(month)
  } catch (e) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `month: ${(e as Error).message}`)
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: commission } = await query.graph({
    entity: "commission_line",
    fields: ["order_id", "currency_code", "base_amount", "amount"],
    filters: { manufacturer_id: manufacturerId, created_at: { $gte: period.from, $lt: period.to } },
  })
  const byOrder = new Map<string, { base: number; amount: number }>()
  for (const c of commission) {
    const sum = byOrder.get(c.order_id) ?? { base: 0, amount: 0 }
    sum.base += toMinor(Number(c.base_amount), c.currency_code)
    sum.amount += toMinor(Number(c.amount), c.currency_code)
    byOrder.set(c.order_id, sum)
  }
  const { data: orders } = byOrder.size
    ? await query.graph({ entity: "order", fields: ["id", "display_id", "created_at", "currency_code", "total"], filters: { id: [...byOrder.keys()] } })
    : { data: [] }
  const lines: StatementLine[] = orders.map((o) => ({
    orderId: o.id,
    displayId: o.display_id!,
    placedAt: new Date(o.created_at as Date),
    currencyCode: o.currency_code,
    grossMinor: toMinor(Number(o.total), o.currency_code),
    commissionBaseMinor: byOrder.get(o.id)!.base,
    commissionMinor: byOrder.get(o.id)!.amount,
  }))
  lines.sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime())
  return {
    lines,
    statement: {
      month,
      from: period.from,
      to: period.to,
      currencies: statementTotals(lines).map((t) => ({
        currency_code: t.currencyCode,
        order_count: t.orderCount,
        gross: major(t.grossMinor, t.currencyCode),
        commission: major(t.commissionMinor, t.currencyCode),
        net: major(t.netMinor, t.currencyCode),
      })),
      lines: lines.map((l) => ({
        order_id: l.orderId,
        display_id: l.displayId,
        placed_at: l.placedAt,
        currency_code: l.currencyCode,
        gross: major(l.grossMinor, l.currencyCode),
        commission_base: major(l.commissionBaseMinor, l.currencyCode),
        commission: major(l.commissionMinor, l.currencyCode),
        net: major(l.grossMinor - l.commissionMinor, l.currencyCode),
      })),
    },
  }
}
