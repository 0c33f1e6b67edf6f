/** What the buyer sees of their jobs: the partner and how to reach it, the times, the report (not who at the partner). */
export const STORE_JOB_FIELDS = [
  "id", "service", "status", "status_reason", "cancelled_by", "note", "proposed_times", "scheduled_at", "completed_at",
  "report_summary", "report_measurements", "product_id", "traced_unit_id", "created_at",
  "partner.id", "partner.legal_name", "partner.kind", "partner.city", "partner.address", "partner.contact_phone", "partner.opening_hours",
]
