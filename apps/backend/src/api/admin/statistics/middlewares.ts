import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StatisticsPeriod } from "./validators"

export const adminStatisticsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/statistics", middlewares: [validateAndTransformQuery(StatisticsPeriod, {})] },
  // The on-demand report takes the same period as the statistics view.
  { method: ["POST"], matcher: "/admin/industry-reports", middlewares: [validateAndTransformBody(StatisticsPeriod)] },
]
