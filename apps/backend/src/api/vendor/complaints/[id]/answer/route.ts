import type { MedusaResponse } from "@medusajs/framework/http"
import { answerComplaintWorkflow } from "../../../../../workflows/supervision/complaints"
import type { VendorRequest } from "../../../tenant"
import { loadOwnComplaint } from "../../load"
import type { VendorAnswerComplaintType } from "../../validators"

/** POST /vendor/complaints/:id/answer — the manufacturer answers the buyer (once; staff close the complaint). */
export async function POST(req: VendorRequest & { validatedBody: VendorAnswerComplaintType }, res: MedusaResponse) {
  await loadOwnComplaint(req, req.params.id)
  await answerComplaintWorkflow(req.scope).run({ input: { id: req.params.id, answer: req.validatedBody.answer, by: req.auth_context.actor_id } })
  res.json({ complaint: await loadOwnComplaint(req, req.params.id) })
}
