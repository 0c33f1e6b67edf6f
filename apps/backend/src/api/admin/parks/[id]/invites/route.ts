import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inviteOperatorWorkflow, type OperatorInvitation } from "../../../../../workflows/logistics/parks"

/**
 * POST /admin/parks/:id/invites — invite a person to work at this park as an operator: a one-time token by
 * email, accepted with the person's own login (`POST /operator/invites/accept`).
 */
export async function POST(req: AuthenticatedMedusaRequest<Omit<OperatorInvitation, "park_id">>, res: MedusaResponse) {
  const { result } = await inviteOperatorWorkflow(req.scope).run({
    input: { ...req.validatedBody, park_id: req.params.id, portalUrl: process.env.PORTAL_URL || "http://localhost:8001" },
  })
  const { id, email, name, role, expires_at } = result
  res.status(201).json({ invite: { id, email, name, role, expires_at } })
}
