/** A traced unit as manufacturers and platform staff see it. */
export const UNIT_FIELDS = [
  "id",
  "manufacturer_id",
  "product_id",
  "variant_id",
  "order_id",
  "line_item_id",
  "buyer_order_id",
  "country_code",
  "declaration_id",
  "serial",
  "udi",
  "gtin",
  "lot",
  "production_date",
  "expiry_date",
  "created_at",
]
