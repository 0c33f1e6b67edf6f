import type { MedusaResponse } from "@medusajs/framework/http"
import { customsReleaseProblem, handOverConsignmentWorkflow } from "../../../../../workflows/logistics/consignment-actions"
import type { OperatorRequest } from "../../../tenant"
import { loadConsignment } from "../../query-config"

/**
 * POST /operator/consignments/:id/hand-over — handed to a carrier with its waybill. 409 until customs
 * releases the declaration (answered here: Medusa replaces the message of its own conflict errors).
 */
export async function POST(req: OperatorRequest<{ carrier: string; waybill_number: string }>, res: MedusaResponse) {
  const consignment = await loadConsignment(req.scope, { id: req.params.id }, req.parkId)
  const problem = await customsReleaseProblem(req.scope, consignment.declaration_id)
  if (problem) return res.status(409).json({ type: "not_allowed", message: `Cannot hand over ${consignment.barcode}: ${problem}.` })
  await handOverConsignmentWorkflow(req.scope).run({ input: { consignment_id: consignment.id, operator_id: req.operatorId, ...req.validatedBody } })
  res.json({ consignment: await loadConsignment(req.scope, { id: consignment.id }, req.parkId) })
}
