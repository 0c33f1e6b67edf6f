import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ManufacturerModule from "../modules/manufacturer"

// A manufacturer's child orders (never the buyer's order, which spans manufacturers).
export default defineLink(ManufacturerModule.linkable.manufacturer, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
