import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { sendJsonOnce } from "../../json-once"
import { PRODUCT_SEARCH_MODULE } from "../../../modules/product-search"
import type ProductSearchModuleService from "../../../modules/product-search/service"
import { currencyForCountry, salesChannelOf } from "./region-currency"
import type { StoreSearchParamsType } from "./validators"

/**
 * GET /store/search — products of approved manufacturers, published in the key's sales channel,
 * ranked for the query (any of the buyer languages, typos tolerated), with facet counts and prices
 * in the currency of the buyer's country.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const p = req.validatedQuery as unknown as StoreSearchParamsType
  const search = req.scope.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE)
  const result = await search.search({
    q: p.q,
    currency: await currencyForCountry(req.scope, p.country_code),
    salesChannelId: salesChannelOf(req),
    language: p.lang,
    filters: {
      isoClass: p.iso_class,
      manufacturerId: p.manufacturer,
      certification: p.certification,
      priceMin: p.price_min,
      priceMax: p.price_max,
      inStock: p.in_stock,
    },
    limit: p.limit,
    offset: p.offset,
  })
  // A cached result is the same object on every hit, and limit and offset are part of its cache key: its bytes are made once.
  sendJsonOnce(req, res, result, (r) => ({ ...r, limit: p.limit, offset: p.offset }))
}
