export const listDeclarationsQueryConfig = {
  defaults: [
    "id", "order_id", "manufacturer_id", "mode", "order_no", "status", "version", "rejection_reason", "cancellation_reason", "problem", "warnings",
    "currency", "declared_currency", "exchange_rate", "exchange_rate_month",
    "status_changed_at", "status_changed_by", "created_at",
    "messages.type", "messages.version", "messages.direction", "messages.guid", "messages.status", "messages.return_status", "messages.return_info",
    "documents.id", "documents.kind", "documents.version", "documents.filename",
  ],
  isList: true,
}
