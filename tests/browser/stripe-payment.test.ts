import path from "path"
import type { BrowserContext, Page } from "playwright-core"
import { OUTAGE_SWITCH, STRIPE_TEST_KEYS, type PaymentIntent } from "../../apps/backend/integration-tests/stripe-api-double"
import { importStack } from "../stack/import-stack"
import { axeViolations } from "./axe"
import { focused, tabTo, useBrowser } from "./browser"
import { addFirstProductToCart, checkoutToPayment, register } from "./shop"
import { E2E_STRIPE_STOREFRONT_PORT, sharedStack } from "./stack"

/**
 * The card path with Stripe's Payment Element, in a real browser. The shared backend runs Medusa's Stripe
 * provider against the Stripe API double; this file starts a second storefront from the same build with
 * Stripe's publishable key (the shared one has none and stays on the demo's system provider). Stripe.js
 * comes from the Stripe.js double, and its calls to api.stripe.com go to the Stripe API double.
 */
jest.setTimeout(300_000)

const stack = sharedStack()
const browser = useBrowser()
const storefront = `http://localhost:${E2E_STRIPE_STOREFRONT_PORT}`
let stripeStorefront: { child: { pid: number } }[] = []

beforeAll(async () => {
  const { startNext, waitForHealth } = await importStack()
  const app = startNext(
    "storefront",
    "32",
    E2E_STRIPE_STOREFRONT_PORT,
    { ...process.env, MEDUSA_BACKEND_URL: stack.urls.backend, MEDUSA_PUBLISHABLE_KEY: stack.publishableKey, STOREFRONT_URL: storefront, STRIPE_PUBLISHABLE_KEY: STRIPE_TEST_KEYS.publishable },
    !process.env.E2E_VERBOSE,
    "storefront-stripe"
  )
  stripeStorefront = [app]
  await waitForHealth("storefront with Stripe", `${storefront}/api/health`, { child: app.child, timeoutMs: 120_000 })
})
afterAll(async () => {
  const { stopProcesses } = await importStack()
  await stopProcesses(stripeStorefront)
})

async function backend<T = any>(path: string, { body, token }: { body?: object; token?: string } = {}): Promise<T> {
  const res = await fetch(`${stack.urls.backend}${path}`, {
    method: body ? "POST" : "GET",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
  return res.json()
}

/** A payment intent as Stripe's API (the double) holds it, read with the secret key as the backend does. */
async function paymentIntent(id: string): Promise<PaymentIntent> {
  const res = await fetch(`${stack.stripeApi}/v1/payment_intents/${id}`, { headers: { authorization: `Bearer ${STRIPE_TEST_KEYS.secret}` } })
  return res.json()
}

/** Stripe.js from the Stripe.js double, and Stripe's API (what Stripe.js calls) from the Stripe API double. */
async function routeStripe(context: BrowserContext) {
  await context.route("https://js.stripe.com/**", (route) => route.fulfill({ path: path.join(__dirname, "stripe-js-double.js"), contentType: "text/javascript" }))
  await context.route("https://api.stripe.com/**", async (route) => {
    const url = new URL(route.request().url())
    const response = await route.fetch({ url: `${stack.stripeApi}${url.pathname}${url.search}` })
    await route.fulfill({ response })
  })
}

/** From the payment step's heading, types a card into the Payment Element and presses Enter on the pay button: keyboard only. */
async function payByKeyboard(page: Page, card: string) {
  await page.locator("#payment").focus()
  await tabTo(page, (f) => f.id === "stripe-double-number", 5)
  for (const value of [card, "12 / 34", "123"]) {
    await page.keyboard.press("Control+A")
    await page.keyboard.type(value)
    await page.keyboard.press("Tab")
  }
  expect(await focused(page)).toMatchObject({ tag: "button", text: "Оплатить и оформить заказ" })
  await page.keyboard.press("Enter")
}

it("pays by card in Kazakhstan in Russian: a declined card is refused, another one places the order", async () => {
  const context = await browser().newContext({ locale: "ru-KZ", viewport: { width: 1280, height: 900 } })
  await routeStripe(context)
  const page = await context.newPage()
  const returns: URL[] = []
  page.on("request", (r) => {
    if (r.url().includes("/checkout/complete")) returns.push(new URL(r.url()))
  })
  try {
    const email = await register(page, storefront, "kz", "stripe-kz")
    await addFirstProductToCart(page, storefront, "kz")
    await checkoutToPayment(page, storefront, "kz")

    // The Payment Element (the double's card fields) replaces the demo payment.
    const payment = page.locator("section[aria-labelledby=payment]")
    await payment.getByLabel("Card number").waitFor({ timeout: 30_000 })
    await expect(payment.innerText()).resolves.not.toContain("Демонстрационная оплата")
    expect(await axeViolations(page)).toEqual([])

    // Stripe's decline test card: an alert says so, the buyer stays on the payment step, no order exists.
    await payByKeyboard(page, "4000 0000 0000 0002")
    const alert = payment.getByRole("alert")
    await expect(alert.innerText()).resolves.toBe("Your card was declined.")
    expect(page.url()).toMatch(/\/kz\/checkout/)
    expect(returns).toEqual([])
    expect(await axeViolations(page)).toEqual([])
    const { token } = await backend("/auth/user/emailpass", { body: (await importStack()).DEMO_LOGINS.admin })
    const ordersOf = async () => (await backend(`/admin/orders?q=${encodeURIComponent(email)}&fields=id,email`, { token })).orders.filter((o: { email: string }) => o.email === email)
    await expect(ordersOf()).resolves.toEqual([])
    // Coming back as Stripe sends a buyer whose payment failed (e.g. 3-D Secure refused): back to payment, no order.
    await page.goto(`${storefront}/kz/checkout/complete?payment_intent=pi_x&redirect_status=failed`)
    await page.waitForURL(/\/kz\/checkout\?error=payment/)
    await expect(page.getByRole("alert").first().innerText()).resolves.toBe("Оплата не прошла. Попробуйте ещё раз.")
    await expect(ordersOf()).resolves.toEqual([])
    returns.length = 0
    await payment.getByLabel("Card number").waitFor({ timeout: 30_000 })

    // Stripe's test Visa pays: Stripe sends the buyer to the return URL, whose route places the order.
    await Promise.all([page.waitForURL(/\/kz\/order\/.+\/confirmed/, { timeout: 60_000 }), payByKeyboard(page, "4242 4242 4242 4242")])
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Спасибо! Заказ оформлен")
    expect(returns).toHaveLength(1)
    const intentId = returns[0].searchParams.get("payment_intent")!
    expect(Object.fromEntries(returns[0].searchParams)).toEqual({ payment_intent: intentId, payment_intent_client_secret: `${intentId}_secret_double`, redirect_status: "succeeded" })

    // The order holds an authorised Stripe payment for that intent; the intent waits for capture at Stripe.
    const orderId = /\/order\/([^/]+)\/confirmed/.exec(page.url())![1]
    // (The buyer's order; its child orders per manufacturer, made by the split, carry the same email.)
    await expect(ordersOf()).resolves.toEqual(expect.arrayContaining([expect.objectContaining({ id: orderId })]))
    const fields = "payment_status,total,*payment_collections.payments"
    const { order } = await backend(`/admin/orders/${orderId}?fields=${fields}`, { token })
    const payments = order.payment_collections.flatMap((c: { payments: object[] }) => c.payments)
    expect([order.payment_status, payments]).toEqual(["authorized", [expect.objectContaining({ provider_id: "pp_stripe_stripe", data: expect.objectContaining({ id: intentId }) })]])
    await expect(paymentIntent(intentId)).resolves.toMatchObject({ status: "requires_capture", currency: "kzt", amount_capturable: Math.round(order.total * 100) })
    // A signed-in buyer's intent belongs to their Stripe customer (Medusa's account holder), made with their email.
    const { customer } = await paymentIntent(intentId)
    const stripeCustomer = await (await fetch(`${stack.stripeApi}/v1/customers/${customer}`, { headers: { authorization: `Bearer ${STRIPE_TEST_KEYS.secret}` } })).json()
    expect(stripeCustomer).toMatchObject({ object: "customer", email })

    // Capturing it (as platform staff do in the admin) captures the intent at Stripe.
    await backend(`/admin/payments/${payments[0].id}/capture`, { body: {}, token })
    await expect(paymentIntent(intentId)).resolves.toMatchObject({ status: "succeeded", amount_received: Math.round(order.total * 100) })
    await expect(backend(`/admin/orders/${orderId}?fields=payment_status`, { token })).resolves.toMatchObject({ order: { payment_status: "captured" } })
  } finally {
    await context.close()
  }
})

it("says when card payments cannot be reached, and offers the card again once Stripe is back", async () => {
  const context = await browser().newContext({ locale: "ru-KZ", viewport: { width: 1280, height: 900 } })
  await routeStripe(context)
  const page = await context.newPage()
  const outage = (unreachable: boolean) => fetch(`${stack.stripeApi}${OUTAGE_SWITCH}`, { method: "POST", body: JSON.stringify({ unreachable }) })
  try {
    await register(page, storefront, "kz", "stripe-outage")
    await addFirstProductToCart(page, storefront, "kz")
    // Stripe goes out of reach as the buyer chooses delivery terms: the payment step cannot start a payment.
    await checkoutToPayment(page, storefront, "kz", {
      onStep: async (step) => {
        if (step === "duties") await outage(true)
      },
      ready: "[role=alert]",
    })
    const payment = page.locator("section[aria-labelledby=payment]")
    await expect(payment.getByRole("alert").innerText()).resolves.toBe("Сервис оплаты картой сейчас недоступен. Корзина сохранена: вернитесь на эту страницу через несколько минут.")
    expect(await axeViolations(page)).toEqual([])

    await outage(false)
    await page.reload()
    await payment.getByLabel("Card number").waitFor({ timeout: 30_000 })
  } finally {
    await outage(false)
    await context.close()
  }
})
