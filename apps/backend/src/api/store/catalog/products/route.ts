import { toStoreProduct } from "@aem/search-kit"
import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { PRODUCT_SEARCH_MODULE } from "../../../../modules/product-search"
import type ProductSearchModuleService from "../../../../modules/product-search/service"
import { assertRegion, salesChannelOf } from "../../search/region-currency"
import { shippingProfilesServing } from "../../shipping-coverage/profiles-serving"
import type { StoreCatalogListParamsType } from "../validators"

/**
 * GET /store/catalog/products — the storefront's product list from the catalogue read model:
 * published products of approved manufacturers in the key's sales channel, ordered by title, with
 * the region's calculated prices, stock and the manufacturer's public profile. Filtered (price, manufacturer,
 * certificate valid today, ships to a country, in stock) and counted over all it matches, not one page, with
 * facet counts on request: a class of thousands is filtered in the database.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const p = req.validatedQuery as unknown as StoreCatalogListParamsType
  await assertRegion(req.scope, p.region_id)
  const { catalog } = req.scope.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE)
  const page = await catalog.list({
    salesChannelId: salesChannelOf(req),
    categoryId: p.category_id,
    ids: p.id === undefined ? undefined : [p.id].flat(),
    handle: p.handle,
    limit: p.limit,
    offset: p.offset,
    filters: {
      price: p.min_price === undefined && p.max_price === undefined ? undefined : { regionId: p.region_id, min: p.min_price, max: p.max_price },
      manufacturer: p.manufacturer,
      certificate: p.certificate,
      shippingProfileIds: p.ships_to ? [...(await shippingProfilesServing(req.scope, p.ships_to))].sort() : undefined,
      inStock: p.in_stock,
    },
    facets: p.facets,
  })
  const now = new Date()
  res.json({
    products: page.products.map((product) => toStoreProduct(product, p.region_id, now, p.lang)),
    count: page.count,
    limit: p.limit,
    offset: p.offset,
    ...(page.facets && { facets: page.facets }),
  })
}
