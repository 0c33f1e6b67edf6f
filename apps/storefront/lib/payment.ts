import "server-only"
import { redirect } from "next/navigation"
import { medusa, StoreApiError, type Order, type Region } from "./medusa"

export const SYSTEM_PROVIDER = "pp_system_default"
export const STRIPE_PROVIDER = "pp_stripe_stripe"

/**
 * Stripe's publishable key, read on the server at request time (not a NEXT_PUBLIC_ variable, which Next.js
 * inlines at build time): one build serves with or without Stripe.
 */
export function stripePublishableKey(): string | undefined {
  return process.env.STRIPE_PUBLISHABLE_KEY || undefined
}

/** Stripe's Payment Element when the backend has the Stripe provider for the region and the storefront has its key. */
export function stripeEnabled(region: Region): boolean {
  return !!stripePublishableKey() && !!region.payment_providers?.some((p) => p.id === STRIPE_PROVIDER)
}

type PaymentSession = { id: string; provider_id: string; status: string; data: Record<string, unknown> }
type PaymentCollection = { id: string; payment_sessions?: PaymentSession[] }

// startPayment calls in progress, per cart and provider: Next.js may render the payment step twice at once
// (a server action's redirect), and two sessions at once would leave one page with a deleted Stripe intent.
const starting = new Map<string, Promise<PaymentSession>>()

/**
 * The cart's pending session at the provider: the one it has (Medusa drops sessions when the cart's total
 * changes), else a new one in the cart's payment collection — so rendering the payment step again does not
 * start another Stripe payment intent.
 */
export function startPayment(cartId: string, providerId: string, token: string | null): Promise<PaymentSession> {
  const key = `${cartId} ${providerId}`
  let pending = starting.get(key)
  if (!pending) {
    pending = sessionAt(cartId, providerId, token).finally(() => starting.delete(key))
    starting.set(key, pending)
  }
  return pending
}

async function sessionAt(cartId: string, providerId: string, token: string | null): Promise<PaymentSession> {
  const { cart } = await medusa<{ cart: { payment_collection?: PaymentCollection | null } }>(`/store/carts/${cartId}`, {
    params: { fields: "payment_collection.id,*payment_collection.payment_sessions" },
    token,
  })
  const existing = cart.payment_collection?.payment_sessions?.find((s) => s.provider_id === providerId && s.status === "pending")
  if (existing) return existing
  const collection =
    cart.payment_collection ??
    (await medusa<{ payment_collection: PaymentCollection }>("/store/payment-collections", { method: "POST", body: { cart_id: cartId }, token })).payment_collection
  const { payment_collection: withSession } = await medusa<{ payment_collection: Required<PaymentCollection> }>(
    `/store/payment-collections/${collection.id}/payment-sessions`,
    { method: "POST", body: { provider_id: providerId }, token }
  )
  return withSession.payment_sessions.find((s) => s.provider_id === providerId)!
}

/**
 * Places the order from the cart; null when the payment was not authorised. With the order comes its own
 * secret, which the confirmation link carries: a guest has no other way back to the order.
 */
async function completeCart(cartId: string, token: string | null): Promise<{ order: Order; orderToken: string } | null> {
  try {
    const result = await medusa<{ type: "order"; order: Order; order_token: string } | { type: "cart" }>(`/store/carts/${cartId}/complete`, { method: "POST", token })
    return result.type === "order" ? { order: result.order, orderToken: result.order_token } : null
  } catch (e) {
    // Medusa answers 400 when the provider has not authorised the session (e.g. a Stripe intent never confirmed).
    if (e instanceof StoreApiError && e.status === 400) return null
    throw e
  }
}

/**
 * `completeCart`, except that an order the buyer's organisation must approve (over their spending limit: an approver
 * has been asked) or whose approval was rejected sends the buyer back to the checkout's payment step, told which.
 */
export async function completeCartOrAskApproval(cc: string, cartId: string, token: string | null) {
  try {
    return await completeCart(cartId, token)
  } catch (e) {
    if (e instanceof StoreApiError && e.status === 403) {
      redirect(`/${cc}/checkout?error=${e.message.includes("approval_rejected") ? "approval_rejected" : "approval"}#payment`)
    }
    throw e
  }
}

/** Where the buyer lands after placing the order: its confirmation, reached with the order's secret. */
export const confirmationPath = (cc: string, placed: { order: Order; orderToken: string }) =>
  `/${cc}/order/${placed.order.id}/confirmed?key=${encodeURIComponent(placed.orderToken)}`
