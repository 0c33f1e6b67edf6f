import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCloseComplaint, AdminListComplaintsParams } from "./validators"

export const adminComplaintsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/complaints", middlewares: [validateAndTransformQuery(AdminListComplaintsParams, {})] },
  { method: ["POST"], matcher: "/admin/complaints/:id/close", middlewares: [validateAndTransformBody(AdminCloseComplaint)] },
]
