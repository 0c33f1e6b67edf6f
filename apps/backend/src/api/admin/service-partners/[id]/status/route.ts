import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeServicePartnerStatusWorkflow } from "../../../../../workflows/service-partner/partners"
import { PARTNER_PROFILE_FIELDS } from "../../../../partner/profile-fields"
import { findOr404 } from "../../../../private-file"
import type { AdminChangeServicePartnerStatusType } from "../../validators"

/** POST /admin/service-partners/:id/status — verify, reject (with reason), suspend (with reason), verify again. */
export async function POST(req: AuthenticatedMedusaRequest<AdminChangeServicePartnerStatusType>, res: MedusaResponse) {
  await findOr404(req, "service_partner", ["id"], { id: req.params.id }, `Service partner ${req.params.id}`)
  await changeServicePartnerStatusWorkflow(req.scope).run({
    input: { partnerId: req.params.id, status: req.validatedBody.status, reason: req.validatedBody.reason, actorId: req.auth_context.actor_id },
  })
  res.json({ service_partner: await findOr404(req, "service_partner", PARTNER_PROFILE_FIELDS, { id: req.params.id }, `Service partner ${req.params.id}`) })
}
