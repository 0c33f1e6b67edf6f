/** What a manufacturer sees of a complaint about its goods: the complaint and its order, not who the buyer is. */
export const VENDOR_COMPLAINT_FIELDS = [
  "id",
  "order_id",
  "product_id",
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
