import { model } from "@medusajs/framework/utils"

/** The words of titles and of the trade vocabulary: what typo correction and "did you mean" choose from. */
export const ProductSearchTerm = model.define("product_search_term", {
  id: model.id({ prefix: "pst" }).primaryKey(),
  term: model.text().unique(),
})
