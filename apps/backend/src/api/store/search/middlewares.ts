import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreSearchParams, StoreSuggestParams } from "./validators"

export const storeSearchMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/search", middlewares: [validateAndTransformQuery(StoreSearchParams, {})] },
  { method: ["GET"], matcher: "/store/search/suggest", middlewares: [validateAndTransformQuery(StoreSuggestParams, {})] },
]
