import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreCatalogListParams, StoreCatalogProductParams } from "./validators"

export const storeCatalogMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/catalog/products", middlewares: [validateAndTransformQuery(StoreCatalogListParams, {})] },
  { method: ["GET"], matcher: "/store/catalog/products/:handle", middlewares: [validateAndTransformQuery(StoreCatalogProductParams, {})] },
]
