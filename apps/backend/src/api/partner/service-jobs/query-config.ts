/**
 * What a partner sees of a job: the device and whom to visit (the buyer chose this partner, so the delivery
 * address and phone are theirs to use), never the buyer's order id or what else the order held.
 */
export const PARTNER_JOB_FIELDS = [
  "id", "service", "status", "status_reason", "cancelled_by", "note", "proposed_times", "scheduled_at", "completed_at",
  "report_summary", "report_measurements", "report_photos", "locale", "email", "traced_unit_id", "product_id", "created_at", "updated_at",
  "order.shipping_address.first_name", "order.shipping_address.last_name", "order.shipping_address.phone",
  "order.shipping_address.address_1", "order.shipping_address.address_2", "order.shipping_address.city",
  "order.shipping_address.postal_code", "order.shipping_address.country_code",
  "order.items.product_id", "order.items.title", "order.items.variant_title",
]

type JobRow = {
  order_id?: string
  product_id?: string | null
  report_photos?: unknown
  order?: { shipping_address?: Record<string, unknown> | null; items?: ({ product_id?: string | null; title?: string; variant_title?: string | null } | null)[] | null } | null
}

/** The job as the partner reads it: the visit's address, the device booked (its line, not the whole order), photo names. */
export function partnerJobView<T extends JobRow>({ order, order_id: _buyersOrder, report_photos, ...job }: T) {
  const line = order?.items?.find((i) => i?.product_id === job.product_id)
  const photos = ((report_photos ?? []) as { filename: string }[]).map((p, index) => ({ index, filename: p.filename }))
  return { ...job, report_photos: photos, visit: order?.shipping_address ?? null, device: line ? { title: line.title, variant_title: line.variant_title } : null }
}
