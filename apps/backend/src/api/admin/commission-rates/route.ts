import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { setCommissionRateWorkflow } from "../../../workflows/commission/set-commission-rate"
import type { AdminSetCommissionRateType } from "./validators"

const RATE_FIELDS = ["id", "manufacturer_id", "iso_class", "rate_bps", "updated_at"]

/** GET /admin/commission-rates — the default rate and every override. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "commission_rate", fields: RATE_FIELDS })
  res.json({ commission_rates: data })
}

/** POST /admin/commission-rates — set (or, with rate_bps null, remove) the rate for a manufacturer and/or ISO 9999 class. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetCommissionRateType>, res: MedusaResponse) {
  const body = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  if (body.manufacturer_id) {
    const { data } = await query.graph({ entity: "manufacturer", fields: ["id"], filters: { id: body.manufacturer_id } })
    if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Manufacturer ${body.manufacturer_id} was not found`)
  }
  const { result } = await setCommissionRateWorkflow(req.scope).run({ input: body })
  res.json({ commission_rate: result })
}
