import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ServicePartnerModule from "../modules/service-partner"

// Read-only: a service job keeps the buyer's order id, so the query graph brings the order's items and address
// to the partner's job page without a link table.
export default defineLink(
  { linkable: ServicePartnerModule.linkable.serviceJob, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
