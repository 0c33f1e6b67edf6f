import type { MedusaResponse } from "@medusajs/framework/http"
import { recordTracedUnitsWorkflow } from "../../../../../workflows/traceability/record-traced-units"
import { assertOwnOrder, type VendorRequest } from "../../../tenant"
import type { RecordUnitsType } from "../../../units/validators"
import { withoutBuyerOrder } from "../../../units/query-config"

/** POST /vendor/orders/:id/units — records the serial numbers or UDIs of the units shipped on this child order. */
export async function POST(req: VendorRequest & { validatedBody: RecordUnitsType }, res: MedusaResponse) {
  await assertOwnOrder(req, req.params.id)
  const { result } = await recordTracedUnitsWorkflow(req.scope).run({
    input: { manufacturerId: req.manufacturerId, orderId: req.params.id, recordedBy: req.auth_context.actor_id, units: req.validatedBody.units },
  })
  res.status(201).json({ units: result.map(withoutBuyerOrder) })
}
