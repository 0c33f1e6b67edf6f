import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateOperator, AdminCreatePark, AdminUpdatePark } from "./validators"

export const adminParksMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/parks", middlewares: [validateAndTransformBody(AdminCreatePark)] },
  { method: ["POST"], matcher: "/admin/parks/:id", middlewares: [validateAndTransformBody(AdminUpdatePark)] },
  { method: ["POST"], matcher: "/admin/parks/:id/operators", middlewares: [validateAndTransformBody(AdminCreateOperator)] },
]
