import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"
import Stripe from "stripe"
import { PaymentServiceUnavailableError, STRIPE_OUT_OF_REACH } from "./unavailable"

export type MarketplaceStripeOptions = StripeOptions & {
  /**
   * Where the Stripe API answers, when not at api.stripe.com: only the tests' Stripe API double
   * (integration-tests/stripe-api-double.ts) sets it, because Stripe cannot be reached from here.
   */
  apiHost?: string
}

/**
 * Medusa's Stripe provider (Payment Element: payment intents, signed webhooks), with two things it does not
 * do: the Stripe client's host is configurable, so the real client can talk to a double in tests; and Stripe out
 * of reach is said as such (a 503 the buyer can act on) instead of an unknown error.
 */
export default class MarketplaceStripeProvider extends StripeProviderService {
  static identifier = "stripe"

  constructor(cradle: Record<string, unknown>, options: MarketplaceStripeOptions) {
    super(cradle, options)
    if (options.apiHost) {
      const url = new URL(options.apiHost)
      this.stripe_ = new Stripe(options.apiKey, {
        host: url.hostname,
        port: Number(url.port) || (url.protocol === "https:" ? 443 : 80),
        protocol: url.protocol === "https:" ? "https" : "http",
      })
    }
  }

  protected buildError(message: string, error: Error): Error {
    if (STRIPE_OUT_OF_REACH.has((error as { type?: string })?.type ?? "")) return new PaymentServiceUnavailableError(error)
    return super.buildError(message, error)
  }
}
