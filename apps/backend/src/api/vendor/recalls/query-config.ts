export const RECALL_FIELDS = [
  "id",
  "manufacturer_id",
  "product_id",
  "scope",
  "lot",
  "serial_from",
  "serial_to",
  "reason",
  "status",
  "opened_by_type",
  "affected_units",
  "created_at",
  "closed_at",
]

/** What a manufacturer sees of a recall's notices: where and whether acknowledged, not the buyers' emails. */
export const VENDOR_NOTICE_FIELDS = ["notices.id", "notices.country_code", "notices.language", "notices.serials", "notices.acknowledged_at"]

/** Notices counted: how many buyers were told and how many have acknowledged. */
export function withNoticeCounts<T extends { notices?: ({ acknowledged_at?: unknown } | null)[] | null }>(recall: T) {
  const notices = recall.notices ?? []
  return { ...recall, notified: notices.length, acknowledged: notices.filter((n) => n?.acknowledged_at).length }
}
