import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CERTIFICATE_FIELDS, DAY, withExpiryFlag } from "../../vendor/certificates/query-config"

/** GET /admin/certificates?expiring_within_days=60 — certificates about to expire (or expired), soonest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { expiring_within_days } = req.validatedQuery as { expiring_within_days: number }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const until = new Date(Date.now() + expiring_within_days * DAY)
  const { data } = await query.graph({
    entity: "manufacturer_certificate",
    fields: [...CERTIFICATE_FIELDS, "manufacturer.legal_name_en"],
    filters: { valid_until: { $lte: until } },
    pagination: { order: { valid_until: "ASC" } },
  })
  res.json({ certificates: data.map((c) => withExpiryFlag(c)) })
}
