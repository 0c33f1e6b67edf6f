import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PARTNER_PROFILE_FIELDS } from "../profile-fields"
import type { PartnerRequest } from "../tenant"

/** GET /partner/me — the logged-in member, their service partner (status and why) and the manufacturers that authorised it. */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "partner_member",
    fields: [
      "id", "email", "name", "role",
      ...PARTNER_PROFILE_FIELDS.map((f) => `partner.${f}`),
      "partner.authorisations.product_ids", "partner.authorisations.iso_classes", "partner.authorisations.created_at",
      "partner.authorisations.manufacturer.handle", "partner.authorisations.manufacturer.legal_name_en", "partner.authorisations.manufacturer.legal_name_zh",
    ],
    filters: { id: req.memberId },
  })
  const { partner, ...member } = data[0]
  const { authorisations, ...service_partner } = partner!
  res.json({ member, service_partner, authorisations })
}
