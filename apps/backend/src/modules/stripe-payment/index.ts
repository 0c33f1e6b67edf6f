import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import MarketplaceStripeProvider from "./service"

/** The Stripe payment provider (pp_stripe_stripe), configured in medusa-config.ts when STRIPE_API_KEY is set. */
export default ModuleProvider(Modules.PAYMENT, { services: [MarketplaceStripeProvider] })
