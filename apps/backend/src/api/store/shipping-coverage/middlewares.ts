import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreShippingCoverageParams } from "./validators"

export const storeShippingCoverageMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/shipping-coverage", middlewares: [validateAndTransformQuery(StoreShippingCoverageParams, {})] },
]
