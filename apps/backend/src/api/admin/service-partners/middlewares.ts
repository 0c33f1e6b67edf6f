import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminChangeServicePartnerStatus, AdminInvitePartnerStaff, AdminListServicePartnersParams } from "./validators"

export const adminServicePartnersMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/service-partners", middlewares: [validateAndTransformQuery(AdminListServicePartnersParams, {})] },
  { method: ["POST"], matcher: "/admin/service-partners/:id/status", middlewares: [validateAndTransformBody(AdminChangeServicePartnerStatus)] },
  { method: ["POST"], matcher: "/admin/service-partners/:id/invites", middlewares: [validateAndTransformBody(AdminInvitePartnerStaff)] },
]
