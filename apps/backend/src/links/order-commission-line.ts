import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import CommissionModule from "../modules/commission"

// The commission lines charged on a child order.
export default defineLink(OrderModule.linkable.order, { linkable: CommissionModule.linkable.commissionLine, isList: true })
