import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListConsignmentsParams } from "./validators"

export const adminConsignmentsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/consignments",
    middlewares: [validateAndTransformQuery(AdminListConsignmentsParams, { defaults: [], isList: true })],
  },
]
