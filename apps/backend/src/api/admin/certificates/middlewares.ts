import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

export const AdminExpiringCertificatesParams = z.object({
  expiring_within_days: z.coerce.number().int().min(0).max(3650).default(60),
})

export const adminCertificatesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/certificates",
    middlewares: [validateAndTransformQuery(AdminExpiringCertificatesParams, {})],
  },
]
