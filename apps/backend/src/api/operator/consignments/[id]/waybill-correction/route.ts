import type { MedusaResponse } from "@medusajs/framework/http"
import { waybillCorrectionProblem } from "../../../../../modules/logistics/status"
import { correctWaybillWorkflow } from "../../../../../workflows/logistics/consignment-actions"
import type { OperatorRequest } from "../../../tenant"
import { loadConsignment } from "../../query-config"

type Correction = { waybill_number: string; carrier?: string; reason: string }

/**
 * POST /operator/consignments/:id/waybill-correction — a mistyped waybill (or carrier) put right after
 * the hand-over, with the reason: the consignment, Medusa's shipment label and the timeline change
 * together and the correction is kept (who, when, why). 409 before the hand-over or when nothing changes.
 */
export async function POST(req: OperatorRequest<Correction>, res: MedusaResponse) {
  const consignment = await loadConsignment(req.scope, { id: req.params.id }, req.parkId)
  const { waybill_number, carrier = consignment.carrier ?? "", reason } = req.validatedBody
  const problem = waybillCorrectionProblem(consignment, { carrier, waybill_number })
  if (problem) return res.status(409).json({ type: "not_allowed", message: `Cannot correct the waybill of ${consignment.barcode}: ${problem}.` })
  await correctWaybillWorkflow(req.scope).run({ input: { consignment_id: consignment.id, operator_id: req.operatorId, carrier, waybill_number, reason } })
  res.json({ consignment: await loadConsignment(req.scope, { id: consignment.id }, req.parkId) })
}
