import type { MedusaResponse } from "@medusajs/framework/http"
import { repeatedHandOverProblem } from "../../../../../modules/logistics/status"
import { customsReleaseProblem, handOverConsignmentWorkflow } from "../../../../../workflows/logistics/consignment-actions"
import type { OperatorRequest } from "../../../tenant"
import { loadConsignment } from "../../query-config"

/**
 * POST /operator/consignments/:id/hand-over — handed to a carrier with its waybill. 409 until customs
 * releases the declaration, and 409 for another waybill once handed over (that is a waybill correction);
 * the same hand-over again changes nothing. Conflicts are answered here: Medusa replaces the message of
 * its own conflict errors.
 */
export async function POST(req: OperatorRequest<{ carrier: string; waybill_number: string }>, res: MedusaResponse) {
  const consignment = await loadConsignment(req.scope, { id: req.params.id }, req.parkId)
  const problem = repeatedHandOverProblem(consignment, req.validatedBody) ?? (consignment.waybill_number ? null : await customsReleaseProblem(req.scope, consignment.declaration_id))
  if (problem) return res.status(409).json({ type: "not_allowed", message: `Cannot hand over ${consignment.barcode}: ${problem}.` })
  // Handed over already, with this very waybill: a double click or a retried request.
  if (consignment.waybill_number) return res.json({ consignment })
  await handOverConsignmentWorkflow(req.scope).run({ input: { consignment_id: consignment.id, operator_id: req.operatorId, ...req.validatedBody } })
  res.json({ consignment: await loadConsignment(req.scope, { id: consignment.id }, req.parkId) })
}
