import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listCustomsExchangeRatesQueryConfig } from "./query-config"
import { AdminCreateCustomsExchangeRate, AdminListCustomsExchangeRatesParams, AdminUpdateCustomsExchangeRate } from "./validators"

export const adminCustomsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/customs/exchange-rates",
    middlewares: [validateAndTransformQuery(AdminListCustomsExchangeRatesParams, listCustomsExchangeRatesQueryConfig)],
  },
  { method: ["POST"], matcher: "/admin/customs/exchange-rates", middlewares: [validateAndTransformBody(AdminCreateCustomsExchangeRate)] },
  { method: ["POST"], matcher: "/admin/customs/exchange-rates/:id", middlewares: [validateAndTransformBody(AdminUpdateCustomsExchangeRate)] },
]
