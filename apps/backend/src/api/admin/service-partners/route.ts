import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PARTNER_PROFILE_FIELDS } from "../../partner/profile-fields"
import type { AdminListServicePartnersParamsType } from "./validators"

/** GET /admin/service-partners?status=&country_code= — partners to review and those on the platform, newest first. */
export async function GET(req: AuthenticatedMedusaRequest & { validatedQuery: AdminListServicePartnersParamsType }, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "service_partner",
    fields: PARTNER_PROFILE_FIELDS,
    filters: { ...req.validatedQuery },
    pagination: { order: { created_at: "DESC" } },
  })
  res.json({ service_partners: data })
}
