import { getIsoClass, type DocumentDetailsInput, type ExportOrderInput } from "@aem/trade-kit"
import { createHash } from "crypto"
import type { CustomsProfile } from "../../modules/customs/profile"
import { lineNetAmount } from "../order-group/plan-split"

/** What query.graph returns for a child order with DECLARATION_ORDER_FIELDS (only what is read here). */
export type DeclarationOrder = {
  id: string
  display_id: number
  currency_code: string
  created_at: string | Date
  metadata?: { buyer_order_id?: string } | null
  items: {
    product_id?: string | null
    product_title?: string | null
    variant_title?: string | null
    variant_sku?: string | null
    variant_barcode?: string | null
    title: string
    quantity: number | string
    unit_price: number | string
    is_tax_inclusive?: boolean | null
    adjustments?: ({ amount: number | string } | null)[] | null
    tax_lines?: ({ rate: number | string } | null)[] | null
  }[]
  shipping_methods?: ({ amount: number | string } | null)[] | null
  shipping_address?: Record<string, string | null | undefined> | null
}

export const DECLARATION_ORDER_FIELDS = [
  "id", "display_id", "currency_code", "created_at", "metadata",
  "items.*", "items.adjustments.amount", "items.tax_lines.rate", "shipping_methods.amount", "shipping_address.*",
]

export type DeclarationManufacturer = {
  id: string
  customs_code: string
  legal_name_zh: string
  unified_social_credit_code: string
  address: string
  contact_name: string
  contact_phone: string
}

export type DeclarationProduct = {
  id: string
  title: string
  hs_code?: string | null
  /** Gross weight in grams. */
  weight?: number | string | null
  metadata?: { net_weight_g?: number; iso_9999?: string; name_zh?: string; customs_unit?: string } | null
}

/**
 * 9710 (B2B direct export) when the buyer ships to a company, 9610 (B2C parcel) otherwise: a company
 * name on the shipping address is how a business buyer identifies itself at checkout.
 */
export function exportModeFor(address?: Record<string, string | null | undefined> | null): "9610" | "9710" {
  return address?.company?.trim() ? "9710" : "9610"
}

/** The inventory list allows 20 characters per item number; longer SKUs keep a readable stem and a stable hash. */
export function customsItemNo(sku: string): string {
  if (sku.length <= 20) return sku
  return `${sku.slice(0, 11)}~${createHash("sha1").update(sku).digest("hex").slice(0, 8).toUpperCase()}`
}

const kg = (grams: number) => (grams / 1000).toFixed(3)
const decimal = (n: number, places: number) => String(Number(n.toFixed(places)))

/**
 * The trade kit's input for a child order's declaration and documents, from the order, its
 * manufacturer, its products and the platform's customs profile. `warnings` are placeholders a
 * person should confirm before declaring for real.
 */
export function exportOrderFor(
  source: { order: DeclarationOrder; manufacturer: DeclarationManufacturer; products: DeclarationProduct[] },
  profile: CustomsProfile,
  declaredAt: Date
): { mode: "9610" | "9710"; order: ExportOrderInput; documents: DocumentDetailsInput; warnings: string[] } {
  const { order, manufacturer } = source
  const products = new Map(source.products.map((p) => [p.id, p]))
  const address = order.shipping_address ?? {}
  const country = String(address.country_code ?? "").toUpperCase()
  const city = address.city ?? ""
  const mode = exportModeFor(address)
  const orderNo = `${profile.orderNoPrefix}-${order.display_id}`
  const warnings: string[] = []

  let grossGrams = 0
  let packages = 0
  const lines = order.items.map((item) => {
    const product = item.product_id ? products.get(item.product_id) : undefined
    if (!product?.hs_code) throw new Error(`order ${order.id}: line "${item.title}" has no product with an HS code to declare`)
    const quantity = Number(item.quantity)
    const netGrams = Number(product.metadata?.net_weight_g ?? 0)
    grossGrams += Number(product.weight ?? netGrams) * quantity
    packages += quantity
    const iso = product.metadata?.iso_9999 ? getIsoClass(product.metadata.iso_9999) : undefined
    return {
      itemNo: customsItemNo(item.variant_sku || item.product_id || item.title),
      // Customs wants the Chinese goods name (品名): the product's own, else its ISO 9999 class's.
      name: product.metadata?.name_zh ?? iso?.names.zh ?? product.title,
      localName: item.product_title ?? item.title,
      description: item.product_title ?? undefined,
      model: [item.product_title, item.variant_title].filter(Boolean).join(" ") || item.title,
      barCode: item.variant_barcode ?? undefined,
      hsCode: product.hs_code,
      quantity: String(quantity),
      unit: product.metadata?.customs_unit ?? "article",
      // FOB price per unit after discounts, without tax.
      unitPrice: decimal(lineNetAmount(item) / quantity, 5),
      netWeightKg: netGrams ? kg(netGrams * quantity) : undefined,
    }
  })

  // U: the port of destination code. Country + first letters of the city matches UN/LOCODE for the
  // demo cities (KZ ALA would be Almaty's); customs' own code list should replace it.
  const pod = `${country}${city.replace(/[^A-Za-z]/g, "").slice(0, 2).toUpperCase() || "XX"}`
  warnings.push(`port of destination ${pod} is a placeholder derived from the city; confirm it with the broker`)

  const buyerName = [address.first_name, address.last_name].filter(Boolean).join(" ")
  const freight = (order.shipping_methods ?? []).reduce((s, m) => s + Number(m?.amount ?? 0), 0)
  const waybills = Math.ceil(lines.length / 100)
  const placedAt = new Date(order.created_at)

  return {
    mode,
    warnings,
    order: {
      mode,
      orderNo,
      declaredAt,
      platform: { code: profile.platform.code, name: profile.platform.name },
      seller: { code: manufacturer.customs_code, name: manufacturer.legal_name_zh, telephone: manufacturer.contact_phone, address: manufacturer.address },
      transmitter: { copCode: profile.platform.code, copName: profile.platform.name, dxpId: profile.platform.dxpId },
      buyer: {
        name: (mode === "9710" ? address.company : buyerName) || buyerName || "Buyer",
        address: [address.address_1, address.address_2, [address.postal_code, city].filter(Boolean).join(" "), address.province, country]
          .filter(Boolean)
          .join(", "),
        telephone: address.phone ?? undefined,
      },
      destination: country,
      currency: order.currency_code.toUpperCase(),
      lines,
      freight: decimal(freight, 2),
      insuredFee: "0",
      payment: {
        payCode: profile.payment.code,
        payName: profile.payment.name,
        payNo: order.metadata?.buyer_order_id ?? order.id,
        paidAt: placedAt,
      },
      logistics: {
        code: profile.logistics.code,
        name: profile.logistics.name,
        waybillNos: Array.from({ length: waybills }, (_, i) => `${profile.logistics.waybillPrefix}${String(order.display_id).padStart(10, "0")}${waybills > 1 ? `-${i + 1}` : ""}`),
        grossWeightKg: kg(grossGrams),
        packages: Math.max(packages, waybills),
      },
      customs: {
        customsCode: profile.customsCode,
        portCode: profile.portCode,
        loctNo: profile.loctNo,
        trafMode: profile.trafMode,
        pod,
        wrapType: profile.wrapType,
        statisticsFlag: mode === "9610" ? "A" : "B",
      },
    },
    documents: {
      invoiceNo: `CI-${orderNo}`,
      invoiceDate: declaredAt.toISOString().slice(0, 10),
      // Parcels travel DAP: the buyer pays import duty and VAT on delivery.
      incoterm: "DAP",
      namedPlace: city || country,
      paymentTerms: "Paid online at checkout",
      exporterTaxId: manufacturer.unified_social_credit_code,
      marks: orderNo,
      packageType: "cartons",
      route: `${profile.origin} → ${[city, country].filter(Boolean).join(", ")}`,
      signatory: manufacturer.contact_name,
    },
  }
}
