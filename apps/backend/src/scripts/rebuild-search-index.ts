import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_MODULE } from "../modules/product-search"
import type ProductSearchModuleService from "../modules/product-search/service"

/** `npx medusa exec ./src/scripts/rebuild-search-index.ts` (or `npm run search:rebuild`): the whole index from the catalogue. */
export default async function rebuildSearchIndex({ container }: ExecArgs) {
  const started = Date.now()
  const { indexed } = await container.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE).rebuildIndex()
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`search: ${indexed} products indexed in ${Date.now() - started} ms`)
}
