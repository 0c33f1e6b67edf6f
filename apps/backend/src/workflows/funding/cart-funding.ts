import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { fundedLines, fundedTotal, type CartLine, type FundedLine } from "../../modules/funding/rules"
import { funding } from "./programmes"

/** The cart's metadata key naming the entitlement applied to it. */
export const CART_ENTITLEMENT_KEY = "funding_entitlement_id"
/** Every entitlement code (and so its promotion's code) starts so; no other cart may carry such a promotion. */
export const ENTITLEMENT_CODE_PREFIX = "FUND-"

type Container = Pick<MedusaContainer, "resolve">

export async function fundingCart(container: Container, cartId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: [
      "id",
      "currency_code",
      "metadata",
      "completed_at",
      "shipping_address.country_code",
      "items.id",
      "items.product_id",
      "items.unit_price",
      "items.quantity",
      "items.product.metadata",
      "items.adjustments.code",
      "items.adjustments.amount",
    ],
    filters: { id: cartId },
  })
  const cart = data[0]
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cartId} was not found`)
  return cart
}
type FundingCart = Awaited<ReturnType<typeof fundingCart>>

const cartLines = (cart: FundingCart): CartLine[] =>
  (cart.items ?? []).map((i) => ({
    id: i!.id,
    product_id: i!.product_id ?? null,
    iso_9999: (i!.product?.metadata?.iso_9999 as string | undefined) ?? null,
    // Query gives no computed totals: the line before discounts is its price times its quantity.
    subtotal: Number(i!.unit_price) * Number(i!.quantity),
  }))

/** The funded amount now on the cart for `code` (its promotion's adjustments). */
export const adjustedFor = (cart: FundingCart, code: string) =>
  Math.round(
    (cart.items ?? []).flatMap((i) => i!.adjustments ?? []).reduce((sum, a) => sum + (a!.code === code ? Number(a!.amount) * 100 : 0), 0)
  ) / 100

/**
 * The entitlement `code` checked against the cart (issued, programme running, the delivery country and currency its
 * own) and what it funds there; a person-readable refusal otherwise.
 */
export async function entitlementForCart(container: Container, cart: FundingCart, where: { code?: string; id?: string }) {
  const [entitlement] = await funding(container).listFundingEntitlements(where, { relations: ["programme"] })
  if (!entitlement) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No entitlement has this code: check it with the organisation that registered you.")
  const programme = entitlement.programme
  if (entitlement.status !== "issued") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This entitlement has been used already: each is used for one order.")
  const now = new Date()
  if (now < new Date(programme.starts_at) || now > new Date(programme.ends_at)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${programme.name} runs from ${new Date(programme.starts_at).toISOString().slice(0, 10)} to ${new Date(programme.ends_at).toISOString().slice(0, 10)}: it does not fund orders today.`
    )
  }
  const country = cart.shipping_address?.country_code?.toLowerCase()
  const countries = programme.country_codes.map((c) => c.toLowerCase())
  if (!country || !countries.includes(country)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${programme.name} funds deliveries to ${countries.join(", ").toUpperCase()} only: set the cart's delivery address first.`)
  }
  if (cart.currency_code.toLowerCase() !== programme.currency_code.toLowerCase()) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${programme.name} pays in ${programme.currency_code.toUpperCase()}; this cart is in ${cart.currency_code.toUpperCase()}.`)
  }
  const lines: FundedLine[] = fundedLines(
    {
      iso_classes: programme.iso_classes,
      product_ids: programme.product_ids,
      country_codes: countries,
      share_percent: programme.share_percent,
      cap_per_person: programme.cap_per_person == null ? null : Number(programme.cap_per_person),
    },
    cartLines(cart)
  )
  if (!lines.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Nothing in this cart is eligible for ${programme.name}.`)
  return { entitlement, programme, lines, amount: fundedTotal(lines) }
}

/** The funded amount by ISO 9999 class, in the currency's units (cents added, not floats). */
const byClass = (lines: FundedLine[]) =>
  Object.fromEntries(
    Object.entries(lines.reduce<Record<string, number>>((acc, l) => ({ ...acc, [l.iso_class]: (acc[l.iso_class] ?? 0) + Math.round(l.amount * 100) }), {})).map(
      ([c, cents]) => [c, cents / 100]
    )
  )

export type FundingHold = { programme_id: string; entitlement_id: string; amount: number }

/**
 * At completion, for a cart with an entitlement: checks it again, that the funded share on the cart is still what
 * the entitlement funds (the cart may have changed since), then reserves that amount from the budget and uses the
 * entitlement up, each by a conditional UPDATE, so racing completions cannot overspend or use it twice.
 * A funding promotion on a cart without its entitlement is refused.
 */
export async function reserveFunding(container: Container, cartId: string): Promise<FundingHold | undefined> {
  const cart = await fundingCart(container, cartId)
  const entitlementId = cart.metadata?.[CART_ENTITLEMENT_KEY] as string | undefined
  const codes = new Set((cart.items ?? []).flatMap((i) => i!.adjustments ?? []).map((a) => a!.code ?? "").filter((c) => c.startsWith(ENTITLEMENT_CODE_PREFIX)))
  if (!entitlementId) {
    if (codes.size) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A funding entitlement is applied with POST /store/carts/:id/funding, not as a promotion code.")
    return undefined
  }
  const { entitlement, programme, lines, amount } = await entitlementForCart(container, cart, { id: entitlementId })
  if (entitlement.cart_id !== cartId || [...codes].some((c) => c !== entitlement.code) || adjustedFor(cart, entitlement.code) !== amount) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The cart changed since the entitlement was applied: apply it again (POST /store/carts/:id/funding) to see the funded share.")
  }
  const service = funding(container)
  if (!(await service.reserveBudget(programme.id, amount))) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${programme.name}'s budget cannot cover this order's funded share any more: remove the entitlement to pay in full, or ask the programme.`)
  }
  if (!(await service.useEntitlement(entitlement.id, cartId))) {
    await service.releaseBudget(programme.id, amount)
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This entitlement has been used already: each is used for one order.")
  }
  await service.updateFundingEntitlements({ id: entitlement.id, funded_amount: amount, funded_by_class: byClass(lines) })
  return { programme_id: programme.id, entitlement_id: entitlement.id, amount }
}

/** Compensation: the budget given back and the entitlement usable again. */
export async function releaseFunding(container: Container, hold: FundingHold | undefined) {
  if (!hold) return
  const service = funding(container)
  await service.releaseBudget(hold.programme_id, hold.amount)
  await service.updateFundingEntitlements({ id: hold.entitlement_id, status: "issued", funded_amount: null, funded_by_class: null, order_id: null })
}

/** The order the entitlement funded, once it exists. */
export async function recordFundedOrder(container: Container, cartId: string, orderId: string) {
  const [entitlement] = await funding(container).listFundingEntitlements({ cart_id: cartId, status: "used" })
  if (!entitlement) return undefined
  await funding(container).updateFundingEntitlements({ id: entitlement.id, order_id: orderId })
  return entitlement.id
}
