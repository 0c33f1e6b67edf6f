import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invitePartnerStaffWorkflow } from "../../../../../workflows/service-partner/partners"
import { findOr404 } from "../../../../private-file"
import type { AdminInvitePartnerStaffType } from "../../validators"

/**
 * POST /admin/service-partners/:id/invites — invite a person to this partner's staff: a one-time token by email,
 * accepted with the person's own login (`POST /partner/invites/accept`).
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminInvitePartnerStaffType>, res: MedusaResponse) {
  await findOr404(req, "service_partner", ["id"], { id: req.params.id }, `Service partner ${req.params.id}`)
  const { result } = await invitePartnerStaffWorkflow(req.scope).run({
    input: { ...req.validatedBody, partner_id: req.params.id, portalUrl: process.env.PORTAL_URL || "http://localhost:8001" },
  })
  const { id, email, name, expires_at } = result
  res.status(201).json({ invite: { id, email, name, expires_at } })
}
