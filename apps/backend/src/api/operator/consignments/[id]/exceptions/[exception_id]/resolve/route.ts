import type { MedusaResponse } from "@medusajs/framework/http"
import { resolveConsignmentExceptionWorkflow } from "../../../../../../../workflows/logistics/consignment-actions"
import type { OperatorRequest } from "../../../../../tenant"
import { loadConsignment } from "../../../../query-config"

/** POST /operator/consignments/:id/exceptions/:exception_id/resolve { note } — the exception is cleared, and the timeline says how. */
export async function POST(req: OperatorRequest<{ note: string }>, res: MedusaResponse) {
  const { id } = await loadConsignment(req.scope, { id: req.params.id }, req.parkId)
  await resolveConsignmentExceptionWorkflow(req.scope).run({
    input: { consignment_id: id, operator_id: req.operatorId, exception_id: req.params.exception_id, note: req.validatedBody.note },
  })
  res.json({ consignment: await loadConsignment(req.scope, { id }, req.parkId) })
}
