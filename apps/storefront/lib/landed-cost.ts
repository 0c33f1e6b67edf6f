import { quoteLandedCost, type LandedCostQuote } from "@aem/trade-kit"

export type LandedCostEstimate = { quote: LandedCostQuote; ddpAllowed: boolean }
export type DutiableItem = { hsCode: string | null; value: number; quantity: number; weightKg?: number }

/**
 * Duty and import VAT for a consignment to the buyer's country, from the trade kit. DDP (we collect duties at
 * checkout) is offered only where every charge could be priced and the market allows it; otherwise the buyer
 * pays on delivery (DAP). The checkout asks the backend instead, which prices the cart itself.
 * Null where the trade kit has no data for the market or an item has no HS code.
 */
export function estimateLandedCost(input: {
  countryCode: string
  currency: string
  items: DutiableItem[]
  shipping: number
  incoterm: "DAP" | "DDP"
}): LandedCostEstimate | null {
  if (!input.items.length || input.items.some((i) => !i.hsCode)) return null
  try {
    const quote = quoteLandedCost({
      destination: input.countryCode,
      date: new Date().toISOString().slice(0, 10),
      currency: input.currency.toUpperCase(),
      incoterm: input.incoterm,
      items: input.items.map((i) => ({ hsCode: i.hsCode!, value: i.value, quantity: i.quantity, weightKg: i.weightKg })),
      shipping: input.shipping,
    })
    return { quote, ddpAllowed: quote.ddpAllowed }
  } catch {
    return null
  }
}

/**
 * Who pays a line, and when, as a `landedCost.payableBy.*` message key: one wording for the product page's
 * estimate and the checkout's duties step. "seller" is what is collected at checkout and paid to customs for
 * the buyer (DDP, EU IOSS VAT).
 */
export function payableKey(payableBy: string): "checkout" | "delivery" | "seller" {
  if (payableBy === "buyer at checkout") return "checkout"
  return payableBy === "buyer on delivery" ? "delivery" : "seller"
}
