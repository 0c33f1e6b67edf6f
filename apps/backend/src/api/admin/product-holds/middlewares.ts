import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminLiftProductHold, AdminListProductHoldsParams } from "./validators"

export const adminProductHoldsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/product-holds", middlewares: [validateAndTransformQuery(AdminListProductHoldsParams, {})] },
  { method: ["POST"], matcher: "/admin/product-holds/:id/lift", middlewares: [validateAndTransformBody(AdminLiftProductHold)] },
]
