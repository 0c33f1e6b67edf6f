import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreatePark, AdminInviteOperator, AdminUpdatePark } from "./validators"

export const adminParksMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/parks", middlewares: [validateAndTransformBody(AdminCreatePark)] },
  { method: ["POST"], matcher: "/admin/parks/:id", middlewares: [validateAndTransformBody(AdminUpdatePark)] },
  { method: ["POST"], matcher: "/admin/parks/:id/invites", middlewares: [validateAndTransformBody(AdminInviteOperator)] },
]
