import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { recordCarrierEventWorkflow } from "../../../../workflows/logistics/consignment-actions"
import type { HookParkEventBody } from "../validators"

/**
 * POST /hooks/park/events — the park's or a carrier's system reports a consignment's progress
 * (signed with the park secret). Idempotent by event id: a repeat answers `recorded: false`.
 */
export const POST = async (req: MedusaRequest<HookParkEventBody>, res: MedusaResponse) => {
  const { waybill_number, barcode, event_id, code, occurred_at, location, note, source } = req.validatedBody
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "consignment",
    fields: ["id"],
    filters: waybill_number ? { waybill_number } : { barcode },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No consignment has ${waybill_number ? `waybill ${waybill_number}` : `barcode ${barcode}`}`)
  const { result } = await recordCarrierEventWorkflow(req.scope).run({
    input: { consignment_id: data[0].id, event_id, code, occurred_at, location, note, source },
  })
  res.json({ consignment: { id: result.consignment.id, status: result.consignment.status }, recorded: result.recorded })
}
