import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import OrderGroupModule from "../modules/order-group"

// A child order and the manufacturer's progress with it (placed, confirmed, ready for hand-off).
export default defineLink(OrderGroupModule.linkable.childOrder, OrderModule.linkable.order)
