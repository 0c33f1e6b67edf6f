import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { strictOnce } from "../../strict-once"
import { StoreCatalogListParams, StoreCatalogProductParams } from "./validators"

export const storeCatalogMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/catalog/products", middlewares: [validateAndTransformQuery(strictOnce(StoreCatalogListParams), {})] },
  { method: ["GET"], matcher: "/store/catalog/products/:handle", middlewares: [validateAndTransformQuery(strictOnce(StoreCatalogProductParams), {})] },
]
