import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findOr404 } from "../../../private-file"
import { ADMIN_PARTNER_FIELDS } from "../query-config"

/** GET /admin/service-partners/:id — a partner with its staff, open invitations and manufacturers' authorisations. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ service_partner: await findOr404(req, "service_partner", ADMIN_PARTNER_FIELDS, { id: req.params.id }, `Service partner ${req.params.id}`) })
}
