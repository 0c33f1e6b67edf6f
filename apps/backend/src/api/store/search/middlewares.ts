import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { strictOnce } from "../../strict-once"
import { StoreSearchParams, StoreSuggestParams } from "./validators"

export const storeSearchMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/search", middlewares: [validateAndTransformQuery(strictOnce(StoreSearchParams), {})] },
  { method: ["GET"], matcher: "/store/search/suggest", middlewares: [validateAndTransformQuery(strictOnce(StoreSuggestParams), {})] },
]
