import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listOrganisationsQueryConfig } from "./query-config"
import { AdminChangeOrganisationStatus, AdminListOrganisationsParams } from "./validators"

export const adminOrganisationsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/organisations", middlewares: [validateAndTransformQuery(AdminListOrganisationsParams, listOrganisationsQueryConfig)] },
  { method: ["POST"], matcher: "/admin/organisations/:id/status", middlewares: [validateAndTransformBody(AdminChangeOrganisationStatus)] },
]
