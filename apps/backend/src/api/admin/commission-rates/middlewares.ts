import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminSetCommissionRate } from "./validators"

export const adminCommissionRatesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/commission-rates", middlewares: [validateAndTransformBody(AdminSetCommissionRate)] },
]
