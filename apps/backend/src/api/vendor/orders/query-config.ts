// What a manufacturer needs to make and hand over its goods; the buyer's contact details stay with the platform.
export const VENDOR_ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "currency_code",
  "item_total",
  "shipping_total",
  "tax_total",
  "discount_total",
  "total",
  "items.id",
  "items.title",
  "items.product_id",
  "items.variant_id",
  "items.variant_sku",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.city",
  "shipping_address.country_code",
  "child_order.status",
  "child_order.confirmed_at",
  "child_order.ready_for_handoff_at",
  // The export declaration: where customs has got, and why it was rejected.
  "declaration.status",
  "declaration.version",
  "declaration.mode",
  "declaration.order_no",
  "declaration.rejection_reason",
  "declaration.cancellation_reason",
  "declaration.problem",
  // What it is declared in: the order's currency, or CNY at customs' rate for the month.
  "declaration.currency",
  "declaration.declared_currency",
  "declaration.exchange_rate",
  "declaration.exchange_rate_month",
  "declaration.status_changed_at",
  "declaration.documents.kind",
  "declaration.documents.id",
  "declaration.documents.version",
  "declaration.documents.filename",
  // Customs' answers to every version, so a manufacturer sees what was refused before.
  "declaration.messages.type",
  "declaration.messages.direction",
  "declaration.messages.version",
  "declaration.messages.return_status",
  "declaration.messages.return_info",
  "declaration.messages.return_time",
  "commission_lines.line_item_id",
  "commission_lines.rate_bps",
  "commission_lines.base_amount",
  "commission_lines.amount",
]

type VendorDeclarationRow = Record<string, unknown> & {
  version: number
  documents?: ({ version: number } | null)[] | null
  messages?: ({ direction: string; type: string; version: number; return_status?: string | null; return_info?: string | null; return_time?: string | null } | null)[] | null
}

type VendorOrderRow = Record<string, unknown> & {
  declaration?: VendorDeclarationRow | null
  child_order?: { status: string; confirmed_at?: Date | string | null; ready_for_handoff_at?: Date | string | null } | null
  commission_lines?: ({ amount: number | string } | null)[] | null
}

/**
 * The declaration as a manufacturer sees it: the current version's documents, and customs' receipts
 * (oldest first, every version) instead of the raw messages.
 */
function vendorDeclaration(declaration: VendorDeclarationRow) {
  const { messages, documents, ...rest } = declaration
  return {
    ...rest,
    documents: (documents ?? []).filter((d) => d?.version === declaration.version),
    receipts: (messages ?? [])
      .filter((m) => m?.direction === "in")
      .map((m) => ({ type: m!.type, version: m!.version, return_status: m!.return_status, return_info: m!.return_info, return_time: m!.return_time }))
      .sort((a, b) => (a.return_time ?? "").localeCompare(b.return_time ?? "")),
  }
}

/** The order as a manufacturer sees it: its progress and the platform's commission on it, summed. */
export function vendorOrder(order: VendorOrderRow) {
  const { child_order, commission_lines, declaration, ...rest } = order
  return {
    ...rest,
    declaration: declaration ? vendorDeclaration(declaration) : null,
    fulfilment_status: child_order?.status ?? "placed",
    confirmed_at: child_order?.confirmed_at ?? null,
    ready_for_handoff_at: child_order?.ready_for_handoff_at ?? null,
    commission_lines: commission_lines ?? [],
    commission_total: (commission_lines ?? []).reduce((sum, l) => sum + Number(l?.amount ?? 0), 0),
  }
}
