import type { MedusaResponse } from "@medusajs/framework/http"
import { receiveConsignmentWorkflow } from "../../../../workflows/logistics/consignment-actions"
import type { OperatorRequest } from "../../tenant"
import { loadConsignment } from "../query-config"

/** POST /operator/consignments/receive — goods scanned in by their label barcode (this park's only). */
export async function POST(req: OperatorRequest<{ barcode: string }>, res: MedusaResponse) {
  const found = await loadConsignment(req.scope, { barcode: req.validatedBody.barcode.toUpperCase() }, req.parkId)
  await receiveConsignmentWorkflow(req.scope).run({ input: { consignment_id: found.id, operator_id: req.operatorId } })
  res.json({ consignment: await loadConsignment(req.scope, { id: found.id }, req.parkId) })
}
