import { toStoreProduct } from "@aem/search-kit"
import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_MODULE } from "../../../../../modules/product-search"
import type ProductSearchModuleService from "../../../../../modules/product-search/service"
import { assertRegion, salesChannelOf } from "../../../search/region-currency"
import type { StoreCatalogProductParamsType } from "../../validators"

/**
 * GET /store/catalog/products/:handle — one product as its page shows it, from the catalogue read
 * model, with the certificates valid today. Unpublished, suspended or another channel's is a 404.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const p = req.validatedQuery as unknown as StoreCatalogProductParamsType
  await assertRegion(req.scope, p.region_id)
  const { catalog } = req.scope.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE)
  const { products } = await catalog.list({ salesChannelId: salesChannelOf(req), handle: req.params.handle, limit: 1, offset: 0 })
  if (!products.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.handle} was not found`)
  res.json({ product: toStoreProduct(products[0], p.region_id, new Date(), p.lang) })
}
