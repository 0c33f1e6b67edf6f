import { createServer, type IncomingMessage, type Server } from "http"
import type { AddressInfo } from "net"

/**
 * Stripe API double: Stripe's API cannot be reached from here, so the real `stripe` client (inside Medusa's
 * Stripe provider) is pointed at this local HTTP server through its host/port configuration. It covers the
 * part of the API the provider uses on the Payment Element path — payment intents: create, retrieve,
 * update, confirm (what Stripe.js does when the buyer pays), capture and cancel; and customers (the account
 * holder Medusa makes for a signed-in buyer): create, retrieve, update, delete and their (empty) saved payment
 * methods — with Stripe's form encoding, object shapes and error envelope. It does not cover refunds, setup
 * intents or payment methods; any other call answers 404 as Stripe does for an unknown resource.
 *
 * The backend's integration specs and the browser tests (whose Stripe.js double, tests/browser/stripe-js-double.js,
 * confirms from the page with the publishable key and the intent's client secret) share this one double.
 * Cards are Stripe's test payment methods: `pm_card_visa` pays, `pm_card_chargeDeclined` is declined.
 */
export type PaymentIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  capture_method: "automatic" | "manual" | "automatic_async"
  client_secret: string
  status: "requires_payment_method" | "requires_capture" | "succeeded" | "canceled"
  metadata: Record<string, string>
  customer: string | null
  payment_method: string | null
  last_payment_error: StripeError | null
}

export type Customer = { id: string; object: "customer"; email: string | null; name: string | null; phone: string | null; address: Record<string, string> | null }

type StripeError = { type: string; code?: string; decline_code?: string; message: string }

/** Keys in Stripe's test-mode shapes for the double: no Stripe account is behind them. */
export const STRIPE_TEST_KEYS = { secret: "sk_test_stripe_api_double", publishable: "pk_test_stripe_api_double", webhookSecret: "whsec_stripe_webhook_test" }

/** Stripe's test payment method for a declined card (https://docs.stripe.com/testing#declined-payments). */
export const DECLINED_PAYMENT_METHOD = "pm_card_chargeDeclined"

/** Stripe's form encoding (`metadata[session_id]=…`) back into an object, one level deep: all the provider sends. */
function parseForm(body: string): Record<string, string | Record<string, string>> {
  const out: Record<string, string | Record<string, string>> = {}
  for (const [key, value] of new URLSearchParams(body)) {
    const nested = /^(\w+)\[(\w*)\]$/.exec(key)
    if (nested) {
      const bag = (out[nested[1]] ??= {}) as Record<string, string>
      bag[nested[2] || String(Object.keys(bag).length)] = value
    } else out[key] = value
  }
  return out
}

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = ""
    req.on("data", (c) => (body += c))
    req.on("end", () => resolve(body))
  })

/** Not Stripe's: `POST {"unreachable": true|false}` here drops (or answers again) every other request. */
export const OUTAGE_SWITCH = "/__double/outage"

export class StripeApiDouble {
  readonly intents = new Map<string, PaymentIntent>()
  readonly customers = new Map<string, Customer>()
  readonly requests: { method: string; path: string; idempotencyKey?: string }[] = []
  /** Stripe out of reach (an outage, a cut link): every connection is dropped before it is answered. */
  unreachable = false
  private server?: Server

  async start(): Promise<string> {
    this.server = createServer(async (req, res) => {
      const path = (req.url ?? "").split("?")[0]
      // The switch for a test in another process (the browser tests' shared stack holds the double).
      if (req.method === "POST" && path === OUTAGE_SWITCH) {
        this.unreachable = JSON.parse(await read(req)).unreachable === true
        return res.writeHead(204).end()
      }
      if (this.unreachable) return req.socket.destroy()
      const body = parseForm(await read(req))
      this.requests.push({ method: req.method!, path, idempotencyKey: req.headers["idempotency-key"] as string | undefined })
      const answer = (status: number, json: unknown) => {
        // Stripe's API answers browsers from any origin: Stripe.js calls it from the shop's pages.
        res.writeHead(status, { "content-type": "application/json", "request-id": `req_double_${this.requests.length}`, "access-control-allow-origin": "*" })
        res.end(JSON.stringify(json))
      }
      const [, , resource, id, action] = path.split("/") // "", "v1", "payment_intents", id, action
      if (resource === "customers") return this.customer(req.method!, id, action, body, answer)
      if (resource !== "payment_intents") {
        return answer(404, { error: { type: "invalid_request_error", message: `Unrecognized request URL (${req.method}: ${path}). The Stripe API double covers payment intents and customers only.` } })
      }
      if (req.method === "POST" && !id) return answer(200, this.create(body))
      const intent = id ? this.intents.get(id) : undefined
      if (!intent) return answer(404, { error: { type: "invalid_request_error", code: "resource_missing", message: `No such payment_intent: '${id}'` } })
      if (req.method === "GET" && !action) return answer(200, intent)
      if (req.method === "POST" && !action) {
        if (body.amount) intent.amount = Number(body.amount)
        if (typeof body.metadata === "object") Object.assign(intent.metadata, body.metadata)
        return answer(200, intent)
      }
      if (req.method === "POST" && action === "confirm") {
        // With a publishable key (Stripe.js in the buyer's browser) Stripe wants the intent's client secret.
        if (String(body.key ?? "").startsWith("pk_") && body.client_secret !== intent.client_secret) {
          return answer(400, { error: { type: "invalid_request_error", code: "payment_intent_invalid_parameter", message: "The client_secret provided does not match the client_secret associated with the PaymentIntent." } })
        }
        if (intent.status !== "requires_payment_method") {
          return answer(400, { error: { type: "invalid_request_error", code: "payment_intent_unexpected_state", message: `This PaymentIntent's status is ${intent.status}.` } })
        }
        intent.payment_method = (body.payment_method as string) ?? "pm_card_visa"
        if (intent.payment_method === DECLINED_PAYMENT_METHOD) {
          const error = { type: "card_error", code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." }
          Object.assign(intent, { status: "requires_payment_method", payment_method: null, last_payment_error: error })
          return answer(402, { error: { ...error, payment_intent: intent } })
        }
        intent.last_payment_error = null
        if (intent.capture_method === "manual") Object.assign(intent, { status: "requires_capture", amount_capturable: intent.amount })
        else Object.assign(intent, { status: "succeeded", amount_received: intent.amount })
        return answer(200, intent)
      }
      if (req.method === "POST" && action === "capture") {
        if (intent.status !== "requires_capture") {
          return answer(400, { error: { type: "invalid_request_error", code: "payment_intent_unexpected_state", message: `This PaymentIntent's status is ${intent.status}.` } })
        }
        return answer(200, Object.assign(intent, { status: "succeeded", amount_received: intent.amount_capturable, amount_capturable: 0 }))
      }
      if (req.method === "POST" && action === "cancel") return answer(200, Object.assign(intent, { status: "canceled", amount_capturable: 0 }))
      return answer(404, { error: { type: "invalid_request_error", message: `Unrecognized request URL (${req.method}: ${path}).` } })
    })
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  stop() {
    return new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  /** Stripe's customer resource, as the provider's account-holder calls use it. */
  private customer(method: string, id: string | undefined, action: string | undefined, body: Record<string, string | Record<string, string>>, answer: (status: number, json: unknown) => void) {
    const fields = (c: Customer) => {
      for (const key of ["email", "name", "phone"] as const) if (typeof body[key] === "string") c[key] = body[key] as string
      if (typeof body.address === "object") c.address = body.address
      return c
    }
    if (method === "POST" && !id) {
      const customer = fields({ id: `cus_double_${this.customers.size + 1}`, object: "customer", email: null, name: null, phone: null, address: null })
      this.customers.set(customer.id, customer)
      return answer(200, customer)
    }
    const customer = id ? this.customers.get(id) : undefined
    if (!customer) return answer(404, { error: { type: "invalid_request_error", code: "resource_missing", message: `No such customer: '${id}'` } })
    if (method === "GET" && !action) return answer(200, customer)
    if (method === "POST" && !action) return answer(200, fields(customer))
    if (method === "DELETE" && !action) {
      this.customers.delete(customer.id)
      return answer(200, { id: customer.id, object: "customer", deleted: true })
    }
    if (method === "GET" && action === "payment_methods") return answer(200, { object: "list", data: [], has_more: false, url: `/v1/customers/${customer.id}/payment_methods` })
    return answer(404, { error: { type: "invalid_request_error", message: `Unrecognized request URL (${method}: /v1/customers/${id}/${action}).` } })
  }

  private create(body: Record<string, string | Record<string, string>>): PaymentIntent {
    const id = `pi_double_${this.intents.size + 1}`
    const intent: PaymentIntent = {
      id,
      object: "payment_intent",
      amount: Number(body.amount),
      amount_capturable: 0,
      amount_received: 0,
      currency: String(body.currency),
      capture_method: ((body.capture_method as string) ?? "automatic") as PaymentIntent["capture_method"],
      client_secret: `${id}_secret_double`,
      status: "requires_payment_method",
      metadata: { ...((body.metadata as Record<string, string>) ?? {}) },
      customer: typeof body.customer === "string" ? body.customer : null,
      payment_method: null,
      last_payment_error: null,
    }
    this.intents.set(id, intent)
    return intent
  }
}
