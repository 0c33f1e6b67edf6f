import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findOr404 } from "../../../private-file"
import { ADMIN_ORGANISATION_DETAIL_FIELDS } from "../query-config"

/** GET /admin/organisations/:id — what staff review: the registration, its documents, members and status history. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ organisation: await findOr404(req, "organisation", ADMIN_ORGANISATION_DETAIL_FIELDS, { id: req.params.id }, `Organisation ${req.params.id}`) })
}
