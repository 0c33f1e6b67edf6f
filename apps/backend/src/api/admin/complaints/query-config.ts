import { VENDOR_COMPLAINT_FIELDS } from "../../vendor/complaints/query-config"

/** Platform staff see everything the manufacturer sees, and whose complaint and order it is. */
export const ADMIN_COMPLAINT_FIELDS = [...VENDOR_COMPLAINT_FIELDS, "manufacturer_id", "customer_id", "buyer_order_id", "line_item_id", "answered_by", "closed_by"]
