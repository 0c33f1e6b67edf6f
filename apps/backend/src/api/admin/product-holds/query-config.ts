/** A hold as staff see it: the whole record, who placed and who lifted it. */
export const ADMIN_PRODUCT_HOLD_FIELDS = [
  "id",
  "product_id",
  "manufacturer_id",
  "kind",
  "source_id",
  "reason",
  "placed_by",
  "placed_at",
  "lifted_by",
  "lifted_at",
  "lift_reason",
]
