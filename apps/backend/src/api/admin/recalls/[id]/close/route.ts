import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { closeRecallWorkflow } from "../../../../../workflows/traceability/close-recall"
import { retrieveRecall } from "../../retrieve"

/** POST /admin/recalls/:id/close — the recall is over: the product goes back on sale where it was. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await retrieveRecall(req, req.params.id)
  await closeRecallWorkflow(req.scope).run({ input: { recallId: req.params.id, closedBy: req.auth_context.actor_id } })
  res.json({ recall: await retrieveRecall(req, req.params.id) })
}
