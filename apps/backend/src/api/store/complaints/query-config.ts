/** What the buyer sees of their complaints: what they filed and the answer, never who answered. */
export const STORE_COMPLAINT_FIELDS = [
  "id",
  "buyer_order_id",
  "line_item_id",
  "serial",
  "category",
  "description",
  "status",
  "answer",
  "answered_at",
  "resolution",
  "closed_at",
  "created_at",
]
