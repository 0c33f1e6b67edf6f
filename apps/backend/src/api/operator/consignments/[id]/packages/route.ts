import type { MedusaResponse } from "@medusajs/framework/http"
import { packConsignmentWorkflow } from "../../../../../workflows/logistics/consignment-actions"
import type { PackageInput } from "../../../../../workflows/logistics/steps/consignment-records"
import type { OperatorRequest } from "../../../tenant"
import { loadConsignment } from "../../query-config"

/** POST /operator/consignments/:id/packages — weighed, measured and packed; the buyer's order gets its fulfillment. */
export async function POST(req: OperatorRequest<{ packages: PackageInput[] }>, res: MedusaResponse) {
  const { id } = await loadConsignment(req.scope, { id: req.params.id }, req.parkId)
  await packConsignmentWorkflow(req.scope).run({ input: { consignment_id: id, operator_id: req.operatorId, packages: req.validatedBody.packages } })
  res.json({ consignment: await loadConsignment(req.scope, { id }, req.parkId) })
}
