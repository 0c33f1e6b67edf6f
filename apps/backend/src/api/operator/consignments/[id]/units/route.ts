import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { recordTracedUnitsWorkflow } from "../../../../../workflows/traceability/record-traced-units"
import type { RecordUnitsType } from "../../../../vendor/units/validators"
import type { OperatorRequest } from "../../../tenant"
import { withoutBuyerOrder } from "../../../../vendor/units/query-config"

/**
 * POST /operator/consignments/:id/units — the park's operator records the serial numbers or UDIs of
 * the units found at receipt (for a manufacturer that did not record them); this park's consignments only.
 */
export async function POST(req: OperatorRequest<RecordUnitsType>, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "consignment",
    fields: ["id", "order_id", "manufacturer_id"],
    filters: { id: req.params.id, park_id: req.parkId },
  })
  const consignment = data[0]
  if (!consignment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Consignment ${req.params.id} was not found in this park`)
  const { result } = await recordTracedUnitsWorkflow(req.scope).run({
    input: { manufacturerId: consignment.manufacturer_id, orderId: consignment.order_id, recordedBy: req.operatorId, units: req.validatedBody.units },
  })
  res.status(201).json({ units: result.map(withoutBuyerOrder) })
}
