import { formatMinor, quoteShipments, type LineTerm, type ShipmentsQuote } from "@aem/trade-kit"
import { lineNetAmount } from "../order-group/plan-split"
import { DUTIES_LINE_KEY, DUTIES_LINE_TITLE, isDutiesLine } from "./duties-line"

export type DeliveryTerms = "DAP" | "DDP"

// What the plan reads of a cart; `items.*` because a line's quantity and custom-price flag live in its detail.
export const DELIVERY_TERMS_CART_FIELDS = [
  "id", "currency_code", "customer_id", "metadata", "completed_at",
  "items.*", "items.adjustments.amount", "items.tax_lines.rate",
  "items.product.hs_code", "items.product.weight", "items.variant.weight", "items.product.manufacturer.id",
  "shipping_methods.amount", "shipping_address.country_code", "region.countries.iso_2",
]

type CartItem = {
  id: string
  product_id?: string | null
  unit_price: number | string
  quantity: number | string
  is_tax_inclusive?: boolean | null
  metadata?: Record<string, unknown> | null
  adjustments?: ({ amount: number | string } | null)[] | null
  tax_lines?: ({ rate: number | string } | null)[] | null
  product?: { hs_code?: string | null; weight?: number | string | null; manufacturer?: { id: string } | null } | null
  variant?: { weight?: number | string | null } | null
}
export type DeliveryTermsCart = {
  id: string
  currency_code: string
  customer_id?: string | null
  metadata?: Record<string, unknown> | null
  items?: (CartItem | null)[] | null
  shipping_methods?: ({ amount: number | string } | null)[] | null
  shipping_address?: { country_code?: string | null } | null
  region?: { countries?: ({ iso_2?: string | null } | null)[] | null } | null
}

/** The delivery terms as the cart (and so the order) records them. */
export type DeliveryTermsRecord = {
  terms: DeliveryTerms
  currency: string
  quoted_on: string
  /** Duties and taxes the buyer pays with the order (the duties line), and those paid to the carrier on delivery. */
  charges_at_checkout: string
  charges_on_delivery: string
  ddp_allowed: boolean
  /** Charges that could not be priced; the buyer is told, DDP is not offered. */
  unknowns: string[]
  /** One entry per manufacturer's parcel, as customs will see it. */
  shipments: {
    manufacturer_id: string
    charges_at_checkout: string
    charges_on_delivery: string
    /** `term`: what the line charges as data, for the storefront to say in the buyer's language; `label` in English. */
    lines: { label: string; term: LineTerm; amount: string; kind: string; payable_by: string; basis: string }[]
  }[]
}

export type DeliveryTermsPlan = {
  record: DeliveryTermsRecord | null
  /** Present when DDP was asked for and cannot be given: what the buyer is told. */
  refusal?: string
  /** The duties line as it must be: amount in major units, or null for none. */
  dutiesAmount: number | null
  /** Lines to remove (a stale duties line, or a duplicate) and the line to add. */
  removeLineIds: string[]
  add: { title: string; unit_price: number; quantity: 1; requires_shipping: false; is_discountable: false; is_tax_inclusive: false; metadata: Record<string, unknown> } | null
}

/** The terms the cart has recorded, DAP (the default) when none. */
export const recordedTerms = (cart: Pick<DeliveryTermsCart, "metadata">): DeliveryTerms =>
  (cart.metadata?.delivery_terms as DeliveryTermsRecord | undefined)?.terms ?? "DAP"

/** Duty and import VAT for the cart's goods, one parcel per manufacturer; null where the trade kit cannot quote. */
export function quoteCart(cart: DeliveryTermsCart, terms: DeliveryTerms, date: string): ShipmentsQuote | null {
  const goods = (cart.items ?? []).filter((i): i is CartItem => !!i && !isDutiesLine(i))
  const country = cart.shipping_address?.country_code ?? cart.region?.countries?.[0]?.iso_2
  if (!goods.length || !country || goods.some((i) => !i.product?.hs_code)) return null
  const byMaker = new Map<string, CartItem[]>()
  for (const item of goods) {
    const key = item.product?.manufacturer?.id ?? "unknown"
    byMaker.set(key, [...(byMaker.get(key) ?? []), item])
  }
  const grams = (i: CartItem) => Number(i.variant?.weight ?? i.product?.weight ?? NaN)
  try {
    return quoteShipments({
      destination: country,
      date,
      currency: cart.currency_code.toUpperCase(),
      incoterm: terms,
      shipping: (cart.shipping_methods ?? []).reduce((s, m) => s + Number(m?.amount ?? 0), 0).toFixed(4),
      shipments: [...byMaker].map(([key, items]) => ({
        key,
        items: items.map((i) => ({
          hsCode: i.product!.hs_code!,
          // What the buyer pays for the line after discounts, without tax: the transaction value customs use.
          value: lineNetAmount(i).toFixed(4),
          quantity: Number(i.quantity),
          weightKg: Number.isFinite(grams(i)) ? ((grams(i) * Number(i.quantity)) / 1000).toFixed(3) : undefined,
        })),
      })),
    })
  } catch {
    // A market or HS code the trade kit does not know: no estimate rather than a guess.
    return null
  }
}

/**
 * What the cart's duties line must be for the asked terms (or the recorded ones when refreshing): the
 * charges the trade kit says are collected at checkout, computed here from the cart's own lines. Asking
 * for DDP where it cannot be given is refused; a refresh falls back to DAP instead.
 */
export function planDeliveryTerms(cart: DeliveryTermsCart, asked: DeliveryTerms | undefined, date: string): DeliveryTermsPlan {
  let terms = asked ?? recordedTerms(cart)
  let quote = quoteCart(cart, terms, date)
  let refusal: string | undefined
  if (terms === "DDP" && !quote?.ddpAllowed) {
    refusal = quote
      ? `Delivered duty paid (DDP) is not available for this cart: ${quote.unknowns.join("; ") || "the market does not allow it"}. Choose DAP and pay duties on delivery.`
      : "Delivered duty paid (DDP) is not available for this cart: the duties cannot be estimated for its country or products. Choose DAP and pay duties on delivery."
    terms = "DAP"
    quote = quoteCart(cart, terms, date)
  }
  const existing = (cart.items ?? []).filter(isDutiesLine) as CartItem[]
  const dutiesAmount = quote && quote.chargesAtCheckoutMinor > 0 ? Number(quote.chargesAtCheckout) : null
  const current = existing.length === 1 ? Number(existing[0].unit_price) * Number(existing[0].quantity) : null
  const unchanged = existing.length <= 1 && current === dutiesAmount
  const record: DeliveryTermsRecord | null = quote && {
    terms,
    currency: quote.currency,
    quoted_on: date,
    charges_at_checkout: quote.chargesAtCheckout,
    charges_on_delivery: quote.chargesOnDelivery,
    ddp_allowed: quote.ddpAllowed,
    unknowns: quote.unknowns,
    shipments: quote.shipments.map(({ key, quote: q }) => ({
      manufacturer_id: key,
      charges_at_checkout: formatMinor(q.chargesAtCheckoutMinor, q.currency),
      charges_on_delivery: formatMinor(q.chargesOnDeliveryMinor, q.currency),
      lines: q.lines.filter((l) => l.kind === "duty" || l.kind === "tax").map((l) => ({ label: l.label, term: l.term, amount: l.amount, kind: l.kind, payable_by: l.payableBy, basis: l.basis })),
    })),
  }
  return {
    record,
    refusal,
    dutiesAmount,
    removeLineIds: unchanged ? [] : existing.map((i) => i.id),
    add: unchanged || dutiesAmount === null
      ? null
      : {
          title: DUTIES_LINE_TITLE,
          unit_price: dutiesAmount,
          quantity: 1,
          requires_shipping: false,
          // Duties are owed on the discounted value: a promotion never reduces them, nor are they taxed again.
          is_discountable: false,
          is_tax_inclusive: false,
          metadata: { [DUTIES_LINE_KEY]: true, terms },
        },
  }
}

/**
 * Whether the cart already is as the plan would leave it: its duties line right (or none due) and the same
 * record. Compared key by key in any order: the cart's metadata comes back from a jsonb column, which orders
 * an object's keys its own way, so the record as written never reads back in the same order.
 */
export function planIsApplied(cart: Pick<DeliveryTermsCart, "metadata">, plan: DeliveryTermsPlan): boolean {
  return !plan.removeLineIds.length && !plan.add && sameJson(cart.metadata?.delivery_terms ?? null, plan.record)
}

/** Equal as JSON values, whatever the order of objects' keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined)
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined)
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}
