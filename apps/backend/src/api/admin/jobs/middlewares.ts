import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listJobsQueryConfig } from "./query-config"
import { AdminListJobsParams } from "./validators"

export const adminJobsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/jobs",
    middlewares: [validateAndTransformQuery(AdminListJobsParams, listJobsQueryConfig)],
  },
]
