import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ManufacturerModule from "../modules/manufacturer"

// A manufacturer lists many products; each product has exactly one manufacturer.
export default defineLink(ManufacturerModule.linkable.manufacturer, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
