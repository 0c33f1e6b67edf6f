import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import FittingModule from "../modules/fitting"

// Read-only: the request keeps its product's id, so the query graph can bring the product's title and
// variants without a link table.
export default defineLink(
  { linkable: FittingModule.linkable.fittingRequest, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
