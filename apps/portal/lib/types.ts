import type { ProductHoldKind } from "@aem/trade-kit"

/** The backend's answers, as far as the portal reads them. */
export type ManufacturerStatus = "pending" | "approved" | "rejected" | "suspended"

export type StatusChange = {
  id?: string
  from_status: string | null
  to_status: ManufacturerStatus
  reason: string | null
  actor_type?: string
  actor_id?: string
  created_at: string
}

export type Manufacturer = {
  id: string
  handle: string
  legal_name_zh: string
  legal_name_en: string
  unified_social_credit_code: string
  customs_code: string
  province: string
  city: string
  address: string
  contact_name: string
  contact_email: string
  contact_phone: string
  founded_year: number | null
  status: ManufacturerStatus
  created_at: string
  status_changes?: StatusChange[]
  certificates?: Certificate[]
}

export type Member = {
  id: string
  email: string
  first_name: string
  last_name: string
  role: "owner" | "staff"
  manufacturer: Pick<Manufacturer, "id" | "handle" | "legal_name_en" | "legal_name_zh" | "status"> & {
    status_changes?: StatusChange[]
  }
}

export type Certificate = {
  id: string
  type: string
  number: string
  issuer: string
  valid_from: string
  valid_until: string
  file_url: string
  expired?: boolean
  expires_soon?: boolean
  manufacturer?: { id: string; handle: string; legal_name_en?: string }
}

export type Product = {
  id: string
  title: string
  handle: string
  description?: string | null
  status: string
  hs_code: string | null
  origin_country: string | null
  weight: number | null
  length?: number | null
  width?: number | null
  height?: number | null
  metadata: Record<string, unknown> | null
  variants: { id: string; title: string; sku: string | null }[]
  sales_channels?: { id: string }[]
  /** Open compliance holds. */
  holds?: ProductHold[]
  /** Its photos in order. */
  images?: ProductPhoto[]
}

/** A product photo: its sizes (narrowest first), alt text per language, whether product cards show it. */
export type ProductPhoto = {
  id: string
  url: string
  width: number | null
  height: number | null
  sizes: { url: string; width: number; height: number }[]
  alt: Record<string, string>
  is_thumbnail: boolean
}

export type ProductHold = { id: string; kind: ProductHoldKind; source_id: string; reason: string; placed_at: string }

/** A hold as staff see it, with who placed and lifted it. */
export type ProductHoldRecord = ProductHold & {
  product_id: string
  placed_by: string
  lifted_by: string | null
  lifted_at: string | null
  lift_reason: string | null
}

export type FulfilmentStatus = "placed" | "confirmed" | "ready_for_handoff"

export type Order = {
  id: string
  display_id: number
  created_at: string
  fulfilment_status: FulfilmentStatus
  currency_code: string
  item_total: number
  shipping_total: number
  tax_total: number
  total: number
  commission_total: number
  items: { id: string; title: string; product_id: string | null; variant_sku: string | null; quantity: number; unit_price: number; total: number }[]
  shipping_address: { first_name: string; last_name: string; city: string; country_code: string } | null
  declaration: Declaration | null
}

export type DeclarationStatus = "draft" | "generated" | "submitted" | "accepted" | "rejected" | "released" | "cancelled"

/** The export declaration of a child order, as a manufacturer sees it. */
export type Declaration = {
  status: DeclarationStatus
  version: number
  mode: string
  order_no: string
  rejection_reason: string | null
  cancellation_reason: string | null
  problem: string | null
  /** The order's currency, the one declared (CNY when customs has no confirmed code for it) and customs' rate used. */
  currency: string | null
  declared_currency: string | null
  exchange_rate: string | null
  exchange_rate_month: string | null
  status_changed_at: string | null
  receipts: { type: string; version: number; return_status: string | null; return_info: string | null; return_time: string | null }[]
}

export type Statement = {
  month: string
  currencies: { currency_code: string; order_count: number; gross: number; commission: number; net: number }[]
  lines: {
    order_id: string
    display_id: number
    placed_at: string
    currency_code: string
    gross: number
    /** Items after discounts, without tax and shipping: what commission is charged on. */
    commission_base: number
    commission: number
    net: number
  }[]
}

export type Paged<K extends string, T> = { [key in K]: T[] } & { count: number; limit: number; offset: number }

export type ConsignmentStatus = "allocated" | "received" | "packed" | "handed_over" | "in_transit" | "delivered"

/** A consignment in a park's list (GET /operator/consignments). */
export type ConsignmentRow = {
  id: string
  barcode: string
  status: ConsignmentStatus
  customs_status: DeclarationStatus | null
  exception: boolean
  destination_country: string
  expected_packages: number
  created_at: string
  manufacturer: { name: string | null; name_zh: string | null }
}

export type TrackingEvent = { id: string; code: string; occurred_at: string; location: string | null; source: string; note: string | null }

/** One consignment as an operator works it (GET /operator/consignments/:id). */
export type Consignment = ConsignmentRow & {
  carrier: string | null
  waybill_number: string | null
  items: { title: string; variant_title: string | null; sku: string | null; quantity: number; hs_code: string | null }[]
  packages: { id: string; sequence: number; weight_g: number; length_mm: number; width_mm: number; height_mm: number; barcode: string }[]
  timeline: TrackingEvent[]
  /** Exceptions recorded and not yet resolved. */
  open_exceptions: { id: string; kind: string; occurred_at: string; note: string | null }[]
  customs: { status: DeclarationStatus | null; reason: string | null; order_no: string | null }
  /** Waybill corrections after the hand-over, oldest first: what it was, what it became, who and why. */
  waybill_corrections: {
    id: string
    previous_carrier: string
    previous_waybill_number: string
    carrier: string
    waybill_number: string
    reason: string
    corrected_by: string
    corrected_by_name: string | null
    created_at: string
  }[]
}

export type OperatorMe = { operator: { id: string; email: string; name: string; role: string }; park: { id: string; code: string; name_zh: string; name_en: string } }
export type { IndustryStatistics } from "@aem/trade-kit"

export type IndustryReport = { id: string; kind: "scheduled" | "on_demand"; period_from: string; period_to: string; created_at: string }
/** A buyer's measurements sent to this manufacturer ("ask the manufacturer"), and its answer. */
export type FittingRequest = {
  id: string
  status: "open" | "answered"
  measurement: "hip_width" | "wrist_height"
  measured_cm: number
  note: string | null
  locale: string
  country_code: string
  answer: string | null
  answered_at: string | null
  created_at: string
  recommended_variant: { id: string; title: string } | null
  product: { id: string; title: string; options: { title: string }[]; variants: { id: string; title: string }[] } | null
}

/** A buyer's complaint about this manufacturer's goods, as GET /vendor/complaints reports it (no buyer identity). */
export type Complaint = {
  id: string
  order_id: string
  product: { id: string; title: string } | null
  serial: string | null
  category: "defect" | "wrong_item" | "late_delivery" | "safety_incident" | "other"
  description: string
  status: "open" | "answered" | "closed"
  answer: string | null
  answered_at: string | null
  resolution: string | null
  closed_at: string | null
  created_at: string
}

/** The logged-in member of a service partner, the partner and the manufacturers that authorised it (GET /partner/me). */
export type PartnerMe = {
  member: { id: string; email: string; name: string; role: "owner" | "staff" }
  service_partner: { id: string; legal_name: string; city: string; status: "pending" | "verified" | "rejected" | "suspended"; status_reason: string | null }
  authorisations: { product_ids: string[] | null; iso_classes: string[] | null; manufacturer: { handle: string; legal_name_en: string; legal_name_zh: string } | null }[]
}

/** A service job as its partner sees it: the device and whom to visit, never the buyer's order. */
export type PartnerJob = {
  id: string
  service: string
  status: "requested" | "accepted" | "declined" | "scheduled" | "completed" | "cancelled"
  status_reason: string | null
  note: string | null
  proposed_times: string[]
  scheduled_at: string | null
  created_at: string
  report_summary: string | null
  report_measurements: Record<string, string> | null
  report_photos: { index: number; filename: string }[]
  device: { title: string; variant_title: string | null } | null
  visit: { first_name: string | null; last_name: string | null; phone: string | null; address_1: string | null; address_2: string | null; city: string | null; postal_code: string | null; country_code: string | null } | null
}
