import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { DEMO_LOGINS, seedDemoData, STRIPE_PROVIDER_ID } from "../../src/scripts/demo-data/seed-demo-data"
import { DECLINED_PAYMENT_METHOD, STRIPE_TEST_KEYS, StripeApiDouble } from "../stripe-api-double"
import { cartAtPayment, waitFor } from "./helpers"
import { integrationTestRunner } from "./runner"

jest.setTimeout(240_000)

// The backend configures Medusa's Stripe provider from these (medusa-config.ts); its client talks to the
// Stripe API double, as Stripe's API cannot be reached from here. Signatures are real Stripe signatures.
const { secret: API_KEY, webhookSecret: WEBHOOK_SECRET } = STRIPE_TEST_KEYS
process.env.STRIPE_API_KEY = API_KEY
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
const double = new StripeApiDouble()
let stripe: Stripe

beforeAll(async () => {
  const url = new URL(await double.start())
  process.env.STRIPE_API_HOST = url.origin
  stripe = new Stripe(API_KEY, { host: url.hostname, port: Number(url.port), protocol: "http" })
})
afterAll(() => double.stop())

/** A Stripe event as Stripe posts it: the JSON body and its `stripe-signature` header. */
function signedEvent(type: string, intent: object, secret = WEBHOOK_SECRET) {
  const payload = JSON.stringify({ id: `evt_${Date.now()}`, object: "event", api_version: "2025-09-30.clover", type, data: { object: intent } })
  return { payload, signature: stripe.webhooks.generateTestHeaderString({ payload, secret }) }
}

integrationTestRunner({
  startFrom: "migrated",
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let variantId: string

    beforeAll(async () => {
      await seedDemoData(getContainer())
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product",
        fields: ["variants.id"],
        filters: { handle: "kangyi-lightweight-aluminium-wheelchair" },
      })
      variantId = data[0].variants[0]!.id
    })

    const postWebhook = ({ payload, signature }: { payload: string; signature: string }) =>
      api.post("/hooks/payment/stripe_stripe", payload, { headers: { "content-type": "application/json", "stripe-signature": signature } }).catch((e) => e.response)
    /**
     * The order the webhook made, once its split and declarations are written: the work an order sets off
     * is over before the test ends, so none of it runs into the app's shutdown.
     */
    const settledOrder = (cartId: string) =>
      waitFor("the order's split and declarations", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: carts } = await query.graph({ entity: "cart", fields: ["order.id"], filters: { id: cartId } })
        const orderId = carts[0]?.order?.id
        if (!orderId) return undefined
        const { data: groups } = await query.graph({ entity: "order_group", fields: ["child_orders.order_id"], filters: { buyer_order_id: orderId } })
        const children = (groups[0]?.child_orders ?? []).map((c) => c!.order_id)
        if (!children.length) return undefined
        const { data: declarations } = await query.graph({ entity: "declaration", fields: ["id"], filters: { order_id: children } })
        return declarations.length === children.length ? orderId : undefined
      }, 60_000)
    const completedAt = async (cartId: string) => {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["completed_at"], filters: { id: cartId } })
      return data[0]?.completed_at ?? undefined
    }

    it("offers Stripe in the demo regions and gives the Payment Element its payment intent", async () => {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "region", fields: ["name", "payment_providers.id"] })
      expect(data.every((r) => r.payment_providers?.some((p) => p?.id === STRIPE_PROVIDER_ID))).toBe(true)

      const { session } = await cartAtPayment(api, getContainer(), { lines: [{ variant_id: variantId, quantity: 1 }], providerId: STRIPE_PROVIDER_ID })
      const intent = double.intents.get(session.data.id as string)!
      // What the storefront hands to Stripe.js: the intent's client secret, for the buyer's own amount.
      expect(session.data.client_secret).toBe(intent.client_secret)
      expect(intent).toMatchObject({ currency: "kzt", amount: Math.round(session.amount * 100), metadata: { session_id: session.id } })
    })

    it("leaves the cart open when the card is declined", async () => {
      const { cartId, session, headers } = await cartAtPayment(api, getContainer(), { lines: [{ variant_id: variantId, quantity: 1 }], providerId: STRIPE_PROVIDER_ID })
      const id = session.data.id as string
      await expect(stripe.paymentIntents.confirm(id, { payment_method: DECLINED_PAYMENT_METHOD })).rejects.toMatchObject({ type: "StripeCardError", code: "card_declined" })
      expect(double.intents.get(id)).toMatchObject({ status: "requires_payment_method", last_payment_error: { code: "card_declined" } })
      // Medusa asks the provider, which finds the intent unpaid: the payment module refuses (400).
      const refused = await api.post(`/store/carts/${cartId}/complete`, {}, { headers }).catch((e) => e.response)
      expect([refused.status, refused.data.message]).toEqual([400, expect.stringContaining("was not authorized with the provider")])
      expect(await completedAt(cartId)).toBeUndefined()
    })

    it("says the card payment service cannot be reached when Stripe is out of reach, and the cart waits for it", async () => {
      const { cartId, headers } = await cartAtPayment(api, getContainer(), { lines: [{ variant_id: variantId, quantity: 1 }] })
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers })
      const startPayment = () =>
        api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: STRIPE_PROVIDER_ID }, { headers }).catch((e) => e.response)
      double.unreachable = true
      try {
        const refused = await startPayment()
        expect([refused.status, refused.headers["retry-after"], refused.data.message]).toEqual([503, "30", expect.stringMatching(/cannot be reached just now.*try again in a few minutes/)])
      } finally {
        double.unreachable = false
      }
      // Stripe back: the same request starts the payment, and the cart is still open.
      const started = await startPayment()
      expect(started.status).toBe(200)
      const session = started.data.payment_collection.payment_sessions.find((s: { provider_id: string }) => s.provider_id === STRIPE_PROVIDER_ID)
      expect(double.intents.get(session.data.id)).toMatchObject({ status: "requires_payment_method" })
      expect(await completedAt(cartId)).toBeUndefined()

      double.unreachable = true
      try {
        const completing = await api.post(`/store/carts/${cartId}/complete`, {}, { headers }).catch((e) => e.response)
        // Completing asks Stripe for the intent: Medusa's own answer to a payment it could not authorise, the open cart.
        expect([completing.status, completing.data.type, completing.data.error?.type]).toEqual([200, "cart", "payment_authorization_error"])
      } finally {
        double.unreachable = false
      }
      expect(await completedAt(cartId)).toBeUndefined()
    })

    it("places the order when Stripe's signed webhook says the payment is authorised", async () => {
      const { cartId, session } = await cartAtPayment(api, getContainer(), { lines: [{ variant_id: variantId, quantity: 2 }], providerId: STRIPE_PROVIDER_ID })
      // The buyer pays in the Payment Element: Stripe.js confirms the intent with Stripe.
      const confirmed = await stripe.paymentIntents.confirm(session.data.id as string, { payment_method: "pm_card_visa" })
      expect(confirmed.status).toBe("requires_capture")

      const res = await postWebhook(signedEvent("payment_intent.amount_capturable_updated", confirmed))
      expect(res.status).toBe(200)
      // Medusa handles webhooks a few seconds later, on its event bus; then the cart becomes an order.
      await waitFor("the cart to be completed by the webhook", () => completedAt(cartId), 60_000)
      const orderId = await settledOrder(cartId)
      const { data: admin } = await api.post("/auth/user/emailpass", DEMO_LOGINS.admin)
      const { data } = await api.get(`/admin/orders/${orderId}?fields=payment_status,*payment_collections,*payment_collections.payments`, {
        headers: { authorization: `Bearer ${admin.token}` },
      })
      expect([data.order.payment_status, data.order.payment_collections]).toEqual([
        "authorized",
        [expect.objectContaining({ payments: [expect.objectContaining({ provider_id: STRIPE_PROVIDER_ID, data: expect.objectContaining({ id: confirmed.id }) })] })],
      ])
    })

    it("ignores an event whose signature does not verify, and one that is not about a payment it started", async () => {
      const { cartId, session } = await cartAtPayment(api, getContainer(), { lines: [{ variant_id: variantId, quantity: 1 }], providerId: STRIPE_PROVIDER_ID })
      const confirmed = await stripe.paymentIntents.confirm(session.data.id as string, { payment_method: "pm_card_visa" })
      // Signed with another secret (a forger's), and a genuine event about someone else's payment intent.
      await postWebhook(signedEvent("payment_intent.amount_capturable_updated", confirmed, "whsec_not_ours"))
      await postWebhook(signedEvent("payment_intent.amount_capturable_updated", { ...confirmed, metadata: {} }))
      // Longer than Medusa's webhook delay (5 s) and its handling.
      await new Promise((r) => setTimeout(r, 12_000))
      expect(await completedAt(cartId)).toBeUndefined()
      // The genuine one still completes it.
      await postWebhook(signedEvent("payment_intent.amount_capturable_updated", confirmed))
      await waitFor("the cart to be completed by the genuine webhook", () => completedAt(cartId), 60_000)
      await settledOrder(cartId)
    })
  },
})
