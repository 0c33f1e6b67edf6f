import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { PRODUCT_SEARCH_MODULE } from "../../../../modules/product-search"
import type ProductSearchModuleService from "../../../../modules/product-search/service"
import { salesChannelOf } from "../region-currency"
import type { StoreSuggestParamsType } from "../validators"

/** GET /store/search/suggest?q= — as-you-type product suggestions (the last word counts as a prefix). */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const p = req.validatedQuery as unknown as StoreSuggestParamsType
  const search = req.scope.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE)
  const suggestions = await search.suggest(p.q, { salesChannelId: salesChannelOf(req), language: p.lang, limit: p.limit })
  res.json({ suggestions })
}
