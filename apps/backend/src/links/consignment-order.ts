import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import LogisticsModule from "../modules/logistics"

// A child order's consignment at the park (one each).
export default defineLink(LogisticsModule.linkable.consignment, OrderModule.linkable.order)
