import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreLookupUnitParams } from "./lookup/validators"

export const storeUnitsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/units/lookup", middlewares: [validateAndTransformQuery(StoreLookupUnitParams, {})] },
]
