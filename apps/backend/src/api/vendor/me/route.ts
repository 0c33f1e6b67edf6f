import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorRequest } from "../tenant"

/**
 * GET /vendor/me — who is logged in and for which manufacturer, with its review status and the status
 * changes (when and why, not by whom) so the manufacturer can read the reason for a rejection or suspension.
 */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "manufacturer_member",
    fields: ["id", "email", "first_name", "last_name", "role", "manufacturer.id", "manufacturer.handle", "manufacturer.legal_name_en", "manufacturer.legal_name_zh", "manufacturer.status", "manufacturer.status_changes.to_status", "manufacturer.status_changes.reason", "manufacturer.status_changes.created_at"],
    filters: { id: req.auth_context.actor_id },
  })
  res.json({ member: data[0] })
}
