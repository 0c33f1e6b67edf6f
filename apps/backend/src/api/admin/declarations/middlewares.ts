import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listDeclarationsQueryConfig } from "./query-config"
import { AdminCancelDeclaration, AdminListDeclarationsParams } from "./validators"

export const adminDeclarationsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/declarations",
    middlewares: [validateAndTransformQuery(AdminListDeclarationsParams, listDeclarationsQueryConfig)],
  },
  { method: ["POST"], matcher: "/admin/declarations/:id/cancel", middlewares: [validateAndTransformBody(AdminCancelDeclaration)] },
]
