import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { funding, programmeOr404 } from "./programmes"

const cents = (n: number) => Math.round(n * 100)
const units = (c: number) => c / 100

type Group = { orders: number; people: Set<string>; cents: number }
const add = (groups: Map<string, Group>, key: string, person: string, amount: number) => {
  const g = groups.get(key) ?? { orders: 0, people: new Set<string>(), cents: 0 }
  g.orders += 1
  g.people.add(person)
  g.cents += amount
  groups.set(key, g)
}

/**
 * A programme's report: every funded order with the discount the order itself carries for the entitlement (so it
 * reconciles with the orders), people served, and the funded amounts by ISO 9999 class and by delivery country.
 * `reserved_without_order` is budget held by completions still running (or lost ones), never silently dropped.
 */
export async function programmeReport(container: Pick<MedusaContainer, "resolve">, programmeId: string) {
  const programme = await programmeOr404(container, programmeId)
  const used = await funding(container).listFundingEntitlements({ programme_id: programme.id, status: "used" })
  const funded = used.filter((e) => e.order_id)
  const { data: orders } = funded.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["id", "display_id", "created_at", "currency_code", "shipping_address.country_code", "items.adjustments.code", "items.adjustments.amount"],
        filters: { id: funded.map((e) => e.order_id!) },
      })
    : { data: [] }
  const byId = new Map(orders.map((o) => [o.id, o]))

  const byClass = new Map<string, Group>()
  const byCountry = new Map<string, Group>()
  const rows = funded.map((e) => {
    const order = byId.get(e.order_id!)
    const discount = (order?.items ?? []).flatMap((i) => i?.adjustments ?? []).reduce((s, a) => s + (a?.code === e.code ? cents(Number(a.amount)) : 0), 0)
    const country = order?.shipping_address?.country_code?.toLowerCase() ?? e.country_code
    const amount = cents(Number(e.funded_amount))
    add(byCountry, country, e.id, amount)
    for (const [isoClass, value] of Object.entries((e.funded_by_class ?? {}) as Record<string, number>)) add(byClass, isoClass, e.id, cents(value))
    return {
      order_id: e.order_id!,
      display_id: order?.display_id ?? null,
      ordered_at: order?.created_at ?? null,
      entitlement_id: e.id,
      beneficiary_name: e.beneficiary_name,
      organisation_id: e.organisation_id,
      country_code: country,
      funded_amount: units(amount),
      order_discount: units(discount),
      reconciled: discount === amount,
    }
  })
  const fundedCents = rows.reduce((s, r) => s + cents(r.funded_amount), 0)
  const spentCents = cents(Number(programme.budget)) - cents(Number(programme.budget_remaining))
  const groups = (m: Map<string, Group>, key: string) =>
    [...m.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, g]) => ({ [key]: k, orders: g.orders, people: g.people.size, funded_amount: units(g.cents) }))
  return {
    programme: {
      id: programme.id,
      name: programme.name,
      funder_name: programme.funder_name,
      currency_code: programme.currency_code,
      budget: Number(programme.budget),
      budget_remaining: Number(programme.budget_remaining),
    },
    orders: rows,
    totals: {
      orders: rows.length,
      people_served: new Set(funded.map((e) => e.id)).size,
      funded_amount: units(fundedCents),
      reserved_without_order: units(spentCents - fundedCents),
      reconciled: rows.every((r) => r.reconciled),
    },
    by_iso_class: groups(byClass, "iso_class"),
    by_country: groups(byCountry, "country_code"),
  }
}
