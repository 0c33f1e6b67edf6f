import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"
import Stripe from "stripe"

export type MarketplaceStripeOptions = StripeOptions & {
  /**
   * Where the Stripe API answers, when not at api.stripe.com: only the tests' Stripe API double
   * (integration-tests/stripe-api-double.ts) sets it, because Stripe cannot be reached from here.
   */
  apiHost?: string
}

/**
 * Medusa's Stripe provider (Payment Element: payment intents, signed webhooks), with the one thing it
 * does not let us configure: the Stripe client's host, so the real client can talk to a double in tests.
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
}
