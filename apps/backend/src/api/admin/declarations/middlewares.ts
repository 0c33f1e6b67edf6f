import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listDeclarationsQueryConfig } from "./query-config"
import { AdminListDeclarationsParams } from "./validators"

export const adminDeclarationsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/declarations",
    middlewares: [validateAndTransformQuery(AdminListDeclarationsParams, listDeclarationsQueryConfig)],
  },
]
