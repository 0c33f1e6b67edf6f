import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ADMIN_COMPLAINT_FIELDS } from "./query-config"

/** GET /admin/complaints — buyers' complaints (`?manufacturer_id=`, `?status=open`), newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "complaint",
    fields: ADMIN_COMPLAINT_FIELDS,
    filters: req.validatedQuery as Record<string, string>,
    pagination: { order: { created_at: "DESC" } },
  })
  res.json({ complaints: data })
}
