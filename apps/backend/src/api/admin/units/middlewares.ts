import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListUnitsParams } from "./validators"

export const adminUnitsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/units", middlewares: [validateAndTransformQuery(AdminListUnitsParams, {})] },
]
