import { PARK_HEADER } from "@aem/job-contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { recordCarrierEventWorkflow } from "../../../../workflows/logistics/consignment-actions"
import type { HookParkEventBody } from "../validators"

/**
 * POST /hooks/park/events — the park's or a carrier's system reports a consignment's progress
 * (signed with that park's secret, the park named in the x-aem-park header; only its own consignments).
 * Idempotent by event id: a repeat answers `recorded: false`.
 */
export const POST = async (req: MedusaRequest<HookParkEventBody>, res: MedusaResponse) => {
  const { waybill_number, barcode, event_id, code, occurred_at, location, note, source } = req.validatedBody
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "consignment",
    fields: ["id", "park.code"],
    filters: waybill_number ? { waybill_number } : { barcode },
  })
  // Another park's consignment is not there for this park's system, as for its operators.
  if (data[0]?.park?.code?.toUpperCase() !== req.get(PARK_HEADER)!.toUpperCase()) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No consignment has ${waybill_number ? `waybill ${waybill_number}` : `barcode ${barcode}`}`)
  const { result } = await recordCarrierEventWorkflow(req.scope).run({
    input: { consignment_id: data[0].id, event_id, code, occurred_at, location, note, source },
  })
  res.json({ consignment: { id: result.consignment.id, status: result.consignment.status }, recorded: result.recorded })
}
