import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import CustomsModule from "../modules/customs"

// A child order's export declaration (one each).
export default defineLink(CustomsModule.linkable.declaration, OrderModule.linkable.order)
