import type { MedusaResponse } from "@medusajs/framework/http"
import type { ExceptionKind } from "../../../../../modules/logistics/status"
import { recordConsignmentExceptionWorkflow } from "../../../../../workflows/logistics/consignment-actions"
import type { OperatorRequest } from "../../../tenant"
import { loadConsignment } from "../../query-config"

/** POST /operator/consignments/:id/exceptions — damaged, missing or held by customs; the buyer and the manufacturer are told. */
export async function POST(req: OperatorRequest<{ kind: ExceptionKind; note: string }>, res: MedusaResponse) {
  const { id } = await loadConsignment(req.scope, { id: req.params.id }, req.parkId)
  await recordConsignmentExceptionWorkflow(req.scope).run({ input: { consignment_id: id, operator_id: req.operatorId, ...req.validatedBody } })
  res.json({ consignment: await loadConsignment(req.scope, { id }, req.parkId) })
}
