import type { ConsignmentPrintInput } from "@aem/trade-kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { LOGISTICS_MODULE } from "../../../modules/logistics"
import type LogisticsModuleService from "../../../modules/logistics/service"
import { byOccurrence, openExceptions } from "../../../modules/logistics/status"

export const CONSIGNMENT_LIST_FIELDS = [
  "id", "barcode", "status", "exception", "destination_country", "expected_packages", "created_at", "order_id", "manufacturer_id", "declaration_id",
  "carrier", "waybill_number",
]

const CONSIGNMENT_DETAIL_FIELDS = [
  // Not the buyer's order id: the platform's, never the park's.
  ...CONSIGNMENT_LIST_FIELDS, "fulfillment_id", "manifest_sent_at", "updated_at",
  "park.id", "park.code", "park.name_en", "park.name_zh", "park.address", "park.manifest_endpoint",
  "packages.*", "tracking_events.*",
]

type Scope = Pick<MedusaContainer, "resolve">

/** Customs' status and reason, and the manufacturer's name, for a page of consignments. */
export async function customsAndMakers(scope: Scope, consignments: { declaration_id: string; manufacturer_id: string }[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: declarations }, { data: makers }] = await Promise.all([
    query.graph({ entity: "declaration", fields: ["id", "status", "rejection_reason", "order_no"], filters: { id: [...new Set(consignments.map((c) => c.declaration_id))] } }),
    query.graph({ entity: "manufacturer", fields: ["id", "legal_name_en", "legal_name_zh"], filters: { id: [...new Set(consignments.map((c) => c.manufacturer_id))] } }),
  ])
  return {
    customsOf: (c: { declaration_id: string }) => {
      const d = declarations.find((x) => x.id === c.declaration_id)
      return { status: d?.status ?? null, reason: d?.rejection_reason ?? null, order_no: d?.order_no ?? null }
    },
    makerOf: (c: { manufacturer_id: string }) => {
      const m = makers.find((x) => x.id === c.manufacturer_id)
      return { id: c.manufacturer_id, name: m?.legal_name_en ?? null, name_zh: m?.legal_name_zh ?? null }
    },
  }
}

/**
 * A consignment as operators and the park's manifest see it: items with their HS codes, packages,
 * the timeline oldest first and customs' status. Limited to one park when `parkId` is given (another
 * park's consignment is a 404).
 */
export async function loadConsignment(scope: Scope, filters: { id?: string; barcode?: string }, parkId?: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "consignment",
    fields: CONSIGNMENT_DETAIL_FIELDS,
    filters: { ...filters, ...(parkId && { park_id: parkId }) },
  })
  const c = data[0]
  if (!c) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Consignment ${filters.id ?? filters.barcode} was not found in this park`)
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "display_id", "shipping_address.*", "items.*"], filters: { id: c.order_id } })
  const items = orders[0]?.items ?? []
  const productIds = [...new Set(items.map((i) => i!.product_id).filter((id): id is string => !!id))]
  const { data: products } = productIds.length ? await query.graph({ entity: "product", fields: ["id", "hs_code"], filters: { id: productIds } }) : { data: [] }
  const { customsOf, makerOf } = await customsAndMakers(scope, [c])
  const { tracking_events, packages, ...rest } = c
  const corrections = await scope.resolve<LogisticsModuleService>(LOGISTICS_MODULE).listWaybillCorrections({ consignment_id: c.id }, { order: { created_at: "ASC" } })
  const { data: correctors } = corrections.length
    ? await query.graph({ entity: "operator", fields: ["id", "name"], filters: { id: [...new Set(corrections.map((w) => w.corrected_by))] } })
    : { data: [] }
  const timeline = [...(tracking_events ?? [])].map((e) => e!).sort(byOccurrence)
  const address = orders[0]?.shipping_address
  return {
    ...rest,
    manufacturer: makerOf(c),
    consignee: address ? { name: [address.first_name, address.last_name].filter(Boolean).join(" "), city: address.city, postal_code: address.postal_code, country_code: address.country_code } : null,
    items: items.map((i) => ({
      title: i!.title,
      variant_title: i!.variant_title,
      sku: i!.variant_sku,
      quantity: Number(i!.quantity),
      hs_code: products.find((p) => p.id === i!.product_id)?.hs_code ?? null,
    })),
    packages: [...(packages ?? [])].sort((a, b) => a!.sequence - b!.sequence),
    timeline,
    /** Exceptions recorded and not yet resolved: what the console offers to resolve. */
    open_exceptions: openExceptions(timeline).map(({ id, code, occurred_at, note }) => ({
      id, kind: code.slice("exception_".length), occurred_at, note,
    })),
    customs: customsOf(c),
    /** Waybill corrections after the hand-over, oldest first, with the name of the operator who made each. */
    waybill_corrections: corrections.map(({ id, previous_carrier, previous_waybill_number, carrier, waybill_number, reason, corrected_by, created_at }) => ({
      id, previous_carrier, previous_waybill_number, carrier, waybill_number, reason, corrected_by, created_at,
      corrected_by_name: correctors.find((o) => o.id === corrected_by)?.name ?? null,
    })),
  }
}

export type ConsignmentDetail = Awaited<ReturnType<typeof loadConsignment>>

/** What the park's system is sent when a consignment is allocated to it. */
export function consignmentManifest(c: ConsignmentDetail) {
  return {
    manifest_id: c.id,
    park: c.park.code,
    barcode: c.barcode,
    order_no: c.customs.order_no,
    declaration_id: c.declaration_id,
    customs_status: c.customs.status,
    manufacturer: c.manufacturer,
    consignee: c.consignee,
    destination_country: c.destination_country,
    expected_packages: c.expected_packages,
    items: c.items.map(({ title, sku, quantity, hs_code }) => ({ title, sku, quantity, hs_code })),
  }
}

/** The consignment as the trade kit prints it (label, packing list). */
export function printInput(c: ConsignmentDetail): ConsignmentPrintInput {
  return {
    barcode: c.barcode,
    park: { code: c.park.code, name: c.park.name_en, address: c.park.address },
    orderNo: c.customs.order_no,
    manufacturer: c.manufacturer.name ?? c.manufacturer.id,
    consignee: {
      name: c.consignee?.name ?? "",
      city: c.consignee?.city ?? null,
      postalCode: c.consignee?.postal_code ?? null,
      country: (c.consignee?.country_code ?? c.destination_country).toUpperCase(),
    },
    items: c.items.map((i) => ({ title: i.title, sku: i.sku ?? null, quantity: i.quantity, hsCode: i.hs_code })),
    packages: c.packages.map((p) => ({ sequence: p!.sequence, barcode: p!.barcode, weightG: p!.weight_g, lengthMm: p!.length_mm, widthMm: p!.width_mm, heightMm: p!.height_mm })),
    expectedPackages: c.expected_packages,
    carrier: c.carrier ?? null,
    waybillNumber: c.waybill_number ?? null,
  }
}

/** Sends a PDF the operator's browser opens (or prints) inline. */
export function sendPdf(res: { setHeader: (k: string, v: string) => void; send: (b: Buffer) => void }, filename: string, pdf: Buffer) {
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename="${filename}"`)
  res.send(pdf)
}
