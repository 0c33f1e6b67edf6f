import "server-only"
import { medusa, type Order, type Region } from "./medusa"

export const SYSTEM_PROVIDER = "pp_system_default"
export const STRIPE_PROVIDER = "pp_stripe_stripe"

/** Stripe's Payment Element when the backend has the Stripe provider for the region and the storefront has its key. */
export function stripeEnabled(region: Region): boolean {
  return !!process.env.NEXT_PUBLIC_STRIPE_KEY && !!region.payment_providers?.some((p) => p.id === STRIPE_PROVIDER)
}

type PaymentSession = { id: string; provider_id: string; data: Record<string, unknown> }

/** The cart's payment collection with a session at the provider (Medusa reuses an existing collection). */
export async function startPayment(cartId: string, providerId: string): Promise<PaymentSession> {
  const { payment_collection } = await medusa<{ payment_collection: { id: string } }>("/store/payment-collections", {
    method: "POST",
    body: { cart_id: cartId },
  })
  const { payment_collection: withSession } = await medusa<{ payment_collection: { payment_sessions: PaymentSession[] } }>(
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { method: "POST", body: { provider_id: providerId } }
  )
  return withSession.payment_sessions.find((s) => s.provider_id === providerId)!
}

/** Places the order from the cart; null when the payment was not authorised. */
export async function completeCart(cartId: string): Promise<Order | null> {
  const result = await medusa<{ type: "order"; order: Order } | { type: "cart" }>(`/store/carts/${cartId}/complete`, { method: "POST" })
  return result.type === "order" ? result.order : null
}
