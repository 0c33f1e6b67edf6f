/** The cart as the buyer sees it after choosing terms: totals and lines, the duties line among them. */
export const STORE_CART_TOTALS_FIELDS = [
  "id", "currency_code", "total", "item_total", "tax_total", "shipping_total",
  "items.id", "items.title", "items.unit_price", "items.quantity", "items.metadata",
]
