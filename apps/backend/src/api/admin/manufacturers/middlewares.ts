import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listManufacturersQueryConfig, retrieveManufacturerQueryConfig } from "./query-config"
import { AdminChangeManufacturerStatus, AdminListManufacturersParams } from "./validators"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"

export const adminManufacturersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/manufacturers",
    middlewares: [validateAndTransformQuery(AdminListManufacturersParams, listManufacturersQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/admin/manufacturers/:id",
    middlewares: [validateAndTransformQuery(createSelectParams(), retrieveManufacturerQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/manufacturers/:id/status",
    middlewares: [validateAndTransformBody(AdminChangeManufacturerStatus)],
  },
]
