import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreFindServicePartnersParams } from "./validators"

export const storeServicePartnersMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/service-partners", middlewares: [validateAndTransformQuery(StoreFindServicePartnersParams, {})] },
]
