import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { closeComplaintWorkflow } from "../../../../../workflows/supervision/complaints"
import { findOr404 } from "../../../../private-file"
import { ADMIN_COMPLAINT_FIELDS } from "../../query-config"
import type { AdminCloseComplaintType } from "../../validators"

const load = (req: AuthenticatedMedusaRequest, id: string) => findOr404(req, "complaint", ADMIN_COMPLAINT_FIELDS, { id }, `Complaint ${id}`)

/** POST /admin/complaints/:id/close — platform staff close a complaint with what was done about it. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCloseComplaintType>, res: MedusaResponse) {
  await load(req, req.params.id)
  await closeComplaintWorkflow(req.scope).run({ input: { id: req.params.id, resolution: req.validatedBody.resolution ?? null, by: req.auth_context.actor_id } })
  res.json({ complaint: await load(req, req.params.id) })
}
