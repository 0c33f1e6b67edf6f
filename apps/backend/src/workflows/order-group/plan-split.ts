import { splitAmount, toMinor } from "@aem/trade-kit"
import type { CreateOrderDTO } from "@medusajs/framework/types"
import { isDutiesLine } from "../landed-cost/duties-line"
import type { DeliveryTermsRecord } from "../landed-cost/delivery-terms"

// The buyer's order as query.graph returns it with BUYER_ORDER_FIELDS (only what the split reads).
type TaxLine = { description?: string | null; tax_rate_id?: string | null; code: string; rate: number; provider_id?: string | null }
type Adjustment = { code?: string | null; amount: number; description?: string | null; promotion_id?: string | null; provider_id?: string | null; is_tax_inclusive?: boolean }
type BuyerOrderItem = Record<string, unknown> & {
  id: string
  product_id: string | null
  quantity: number
  unit_price: number
  is_tax_inclusive?: boolean
  tax_lines?: TaxLine[] | null
  adjustments?: Adjustment[] | null
}
type BuyerShippingMethod = {
  name: string
  description?: string | null
  amount: number
  is_tax_inclusive?: boolean
  shipping_option_id?: string | null
  data?: Record<string, unknown> | null
  tax_lines?: TaxLine[] | null
  adjustments?: Adjustment[] | null
}
export type BuyerOrder = {
  id: string
  currency_code: string
  region_id?: string | null
  sales_channel_id?: string | null
  locale?: string | null
  metadata?: { delivery_terms?: DeliveryTermsRecord | null } | null
  items: BuyerOrderItem[]
  shipping_methods?: BuyerShippingMethod[] | null
  shipping_address?: Record<string, unknown> | null
}

export const BUYER_ORDER_FIELDS = [
  "id", "currency_code", "region_id", "sales_channel_id", "locale", "metadata",
  "items.*", "items.tax_lines.*", "items.adjustments.*",
  "shipping_methods.*", "shipping_methods.tax_lines.*", "shipping_methods.adjustments.*",
  "shipping_address.*",
]

// The item fields a child order keeps, as the buyer's order has them.
const ITEM_FIELDS = [
  "title", "subtitle", "thumbnail", "variant_id", "product_id", "product_title", "product_description", "product_subtitle",
  "product_type", "product_type_id", "product_collection", "product_handle", "variant_sku", "variant_barcode", "variant_title",
  "variant_option_values", "requires_shipping", "is_discountable", "is_tax_inclusive", "compare_at_unit_price", "unit_price", "quantity",
] as const

const taxLines = (lines?: TaxLine[] | null) =>
  (lines ?? []).map(({ description, tax_rate_id, code, rate, provider_id }) => ({ description, tax_rate_id, code, rate, provider_id }))

const adjustments = (list: Adjustment[] | null | undefined, amount: (a: Adjustment) => number = (a) => a.amount) =>
  (list ?? []).map((a) => ({
    code: a.code, amount: amount(a), description: a.description, promotion_id: a.promotion_id, provider_id: a.provider_id, is_tax_inclusive: a.is_tax_inclusive,
  }))

/**
 * Where the parcel goes, as the declaration and the label need it (name, company, street, city, postcode,
 * country); never the buyer's phone: child orders reach manufacturers and the park, who contact the platform.
 */
const shipTo = (a?: Record<string, unknown> | null) => {
  if (!a) return undefined
  const { id: _id, created_at: _c, updated_at: _u, deleted_at: _d, phone: _phone, metadata: _m, customer_id: _cu, ...rest } = a
  return rest
}

/**
 * What a line sells for after its discounts and without tax, in major units: the platform's
 * commission base, and each manufacturer's weight when shipping is shared out.
 */
export function lineNetAmount(item: {
  unit_price: number | string
  quantity: number | string
  is_tax_inclusive?: boolean | null
  adjustments?: ({ amount: number | string } | null)[] | null
  tax_lines?: ({ rate: number | string } | null)[] | null
}): number {
  const gross = Number(item.unit_price) * Number(item.quantity) - (item.adjustments ?? []).reduce((s, a) => s + Number(a?.amount ?? 0), 0)
  const rate = (item.tax_lines ?? []).reduce((s, t) => s + Number(t?.rate ?? 0), 0)
  return item.is_tax_inclusive ? gross / (1 + rate / 100) : gross
}

/** The shipment's terms and the duties the platform collected for its parcel (to pay at import), if any. */
function deliveryTermsOf(order: BuyerOrder, manufacturerId: string) {
  const record = order.metadata?.delivery_terms
  if (!record) return {}
  const shipment = record.shipments.find((s) => s.manufacturer_id === manufacturerId)
  return { delivery_terms: record.terms, duties_collected: shipment?.charges_at_checkout ?? "0", duties_currency: record.currency }
}

export type ChildOrderPlan = { manufacturerId: string; order: CreateOrderDTO }

/**
 * One child order per manufacturer. Items (with their tax lines and discounts) are copied as they
 * are, so each line's totals are the buyer's; each shipping charge and its discounts are shared out
 * in proportion to the manufacturers' item subtotals, in whole cents, so the children's totals add
 * up exactly to the buyer's order less its duties line, which stays with the platform (it pays them
 * at import) and is noted on each child as that parcel's `duties_collected`.
 */
export function planSplit(order: BuyerOrder, manufacturerOf: Record<string, string>): ChildOrderPlan[] {
  const byManufacturer = new Map<string, BuyerOrderItem[]>()
  // The duties line is the buyer's import charges (DDP/IOSS), not goods: no manufacturer sells it.
  for (const item of order.items.filter((i) => !isDutiesLine(i as { metadata?: Record<string, unknown> | null }))) {
    const manufacturerId = item.product_id ? manufacturerOf[item.product_id] : undefined
    if (!manufacturerId) {
      throw new Error(`order ${order.id}: item ${item.id} (${String(item.title)}) has no manufacturer, so the order cannot be split`)
    }
    byManufacturer.set(manufacturerId, [...(byManufacturer.get(manufacturerId) ?? []), item])
  }
  const groups = [...byManufacturer.entries()].sort(([a], [b]) => a.localeCompare(b))
  const weights = groups.map(([, items]) => items.reduce((sum, i) => sum + toMinor(lineNetAmount(i), order.currency_code), 0))
  const shares = (amount: number) => splitAmount(amount, order.currency_code, weights)
  const shipping = (order.shipping_methods ?? []).map((sm) => ({
    sm,
    amounts: shares(Number(sm.amount)),
    adjustments: (sm.adjustments ?? []).map((a) => shares(Number(a.amount))),
  }))

  return groups.map(([manufacturerId, items], g) => ({
    manufacturerId,
    order: {
      region_id: order.region_id ?? undefined,
      sales_channel_id: order.sales_channel_id ?? undefined,
      // No customer, email or billing address: the buyer's account lists the buyer's order, not its children,
      // and whoever handles a child order reaches the buyer only through the platform.
      currency_code: order.currency_code,
      locale: order.locale ?? undefined,
      status: "pending",
      no_notification: true,
      shipping_address: shipTo(order.shipping_address),
      metadata: { buyer_order_id: order.id, manufacturer_id: manufacturerId, ...deliveryTermsOf(order, manufacturerId) },
      items: items.map((item) => ({
        ...Object.fromEntries(ITEM_FIELDS.map((f) => [f, item[f]]).filter(([, v]) => v !== undefined && v !== null)),
        tax_lines: taxLines(item.tax_lines),
        adjustments: adjustments(item.adjustments),
        metadata: { ...((item.metadata as object) ?? {}), buyer_line_item_id: item.id },
      })),
      shipping_methods: shipping.map(({ sm, amounts, adjustments: adjustmentShares }) => ({
        name: sm.name,
        description: sm.description ?? undefined,
        amount: amounts[g],
        is_tax_inclusive: sm.is_tax_inclusive,
        shipping_option_id: sm.shipping_option_id ?? undefined,
        data: sm.data ?? undefined,
        tax_lines: taxLines(sm.tax_lines),
        adjustments: adjustments(sm.adjustments, (a) => adjustmentShares[(sm.adjustments ?? []).indexOf(a)][g]),
      })),
    } as CreateOrderDTO,
  }))
}
