import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ManufacturerModule from "../modules/manufacturer"

// A certificate covers some of its manufacturer's products; a product may need several.
export default defineLink(
  { linkable: ManufacturerModule.linkable.manufacturerCertificate, isList: true },
  { linkable: ProductModule.linkable.product, isList: true }
)
