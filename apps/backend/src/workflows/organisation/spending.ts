import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import OrganisationOrderLink from "../../links/organisation-order"
import { periodStart, type LimitPeriod, type MemberRole } from "../../modules/organisation/rules"

/** Where a cart checked out "for the organisation" keeps which one. */
export const CART_ORGANISATION_KEY = "organisation_id"

export type SpendingCheck = {
  cart_id: string
  organisation_id: string
  organisation_name: string
  member_id: string
  customer_id: string
  role: MemberRole
  total: number
  currency_code: string
  /** Null: the member has no limit. */
  limit: { amount: number; currency_code: string; period: LimitPeriod } | null
  /** What the member's orders for the organisation came to in the limit's current period. */
  spent: number
  needs_approval: boolean
  /** The approval that lets this cart through: approved, for at least its total. */
  approval_id: string | null
  /** An approver's rejection of this cart as it is (same total): no new request is made for it. */
  rejection: { id: string; note: string | null } | null
}

type Container = Pick<MedusaContainer, "resolve">

const money = (amount: number, currency: string) => `${currency.toUpperCase()} ${amount.toFixed(2)}`

/** The member's orders for the organisation since `since`, in the limit's currency, cancelled ones left out. */
async function spentSince(container: Container, organisationId: string, customerId: string, currency: string, since: Date): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({ entity: OrganisationOrderLink.entryPoint, fields: ["order_id"], filters: { organisation_id: organisationId } })
  if (!links.length) return 0
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "total", "currency_code", "status"],
    filters: { id: links.map((l) => l.order_id as string), customer_id: customerId, created_at: { $gte: since } },
  })
  return orders.filter((o) => o.status !== "canceled" && o.currency_code === currency).reduce((sum, o) => sum + Number(o.total), 0)
}

/**
 * Whether a cart checked out for an organisation may be completed: null for a cart that is not (or is already
 * an order). Refuses, with what to do, a cart whose customer is no longer a member of that organisation, or
 * whose organisation is not verified. Reads only: the completion re-checks under the member's lock.
 */
export async function checkSpending(container: Container, cartId: string): Promise<SpendingCheck | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "total", "currency_code", "customer_id", "metadata", "completed_at"],
    filters: { id: cartId },
  })
  const cart = carts[0]
  const organisationId = cart?.metadata?.[CART_ORGANISATION_KEY] as string | undefined
  if (!cart || !organisationId || cart.completed_at) return null
  const { data: members } = await query.graph({
    entity: "organisation_member",
    fields: ["id", "role", "customer_id", "spending_limit", "spending_limit_currency", "spending_limit_period", "organisation.id", "organisation.name", "organisation.status"],
    filters: { customer_id: cart.customer_id ?? "" },
  })
  const member = members[0]
  if (!member || member.organisation?.id !== organisationId) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "This cart is checked out for an organisation you are not a member of: check it out for yourself (DELETE /store/carts/:id/organisation) or ask its admin to invite you."
    )
  }
  const organisation = member.organisation!
  if (organisation.status !== "verified") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${organisation.name} is ${organisation.status}, not verified: its members check out for it once platform staff have verified it.`
    )
  }
  const total = Number(cart.total)
  const limit =
    member.spending_limit == null
      ? null
      : { amount: Number(member.spending_limit), currency_code: member.spending_limit_currency!, period: member.spending_limit_period as LimitPeriod }
  if (limit && limit.currency_code !== cart.currency_code) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Your spending limit is in ${limit.currency_code.toUpperCase()} and this cart in ${cart.currency_code.toUpperCase()}: check out in ${limit.currency_code.toUpperCase()}, or ask your organisation's admin to change your limit.`
    )
  }
  const spent = limit ? await spentSince(container, organisationId, member.customer_id, limit.currency_code, periodStart(limit.period, new Date())) : 0
  const needsApproval = !!limit && spent + total > limit.amount
  let approvalId: string | null = null
  let rejection: SpendingCheck["rejection"] = null
  if (needsApproval) {
    const { data: decided } = await query.graph({
      entity: "organisation_approval",
      fields: ["id", "amount", "status", "note"],
      filters: { cart_id: cart.id, organisation_id: organisationId, status: ["approved", "rejected"] },
    })
    approvalId = decided.find((a) => a.status === "approved" && Number(a.amount) >= total)?.id ?? null
    const rejected = decided.find((a) => a.status === "rejected" && Number(a.amount) === total)
    rejection = rejected ? { id: rejected.id, note: rejected.note } : null
  }
  return {
    cart_id: cart.id,
    organisation_id: organisationId,
    organisation_name: organisation.name,
    member_id: member.id,
    customer_id: member.customer_id,
    role: member.role as MemberRole,
    total,
    currency_code: cart.currency_code,
    limit,
    spent,
    needs_approval: needsApproval,
    approval_id: approvalId,
    rejection,
  }
}

/** Why the cart waits: what it costs, what was spent, the limit. */
export function approvalNeededMessage(check: SpendingCheck): string {
  const limit = check.limit!
  return (
    `This order of ${money(check.total, check.currency_code)} and the ${money(check.spent, check.currency_code)} you spent for ${check.organisation_name} ` +
    `this ${limit.period} exceed your spending limit of ${money(limit.amount, limit.currency_code)}: it needs an approver's approval. ` +
    `Complete the cart once it is approved.`
  )
}

/** Why a rejected cart stays refused, and how to go on. */
export function approvalRejectedMessage(check: SpendingCheck): string {
  const why = check.rejection?.note ? `: "${check.rejection.note}"` : ""
  return `An approver of ${check.organisation_name} rejected this cart${why}. Change the cart (completing it then asks again) or check it out for yourself.`
}
