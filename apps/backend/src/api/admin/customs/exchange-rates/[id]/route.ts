import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCustomsExchangeRateWorkflow } from "../../../../../workflows/customs/set-customs-exchange-rate"
import type { AdminUpdateCustomsExchangeRateType } from "../../validators"

/** POST /admin/customs/exchange-rates/:id { rate?, source? } — a corrected figure; declarations already built keep the rate they used. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateCustomsExchangeRateType>, res: MedusaResponse) {
  const { result } = await updateCustomsExchangeRateWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ exchange_rate: result })
}
