import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCustomsExchangeRateWorkflow } from "../../../../workflows/customs/set-customs-exchange-rate"
import type { AdminCreateCustomsExchangeRateType } from "../validators"

/** GET /admin/customs/exchange-rates — customs' monthly rates entered so far (`?currency=`, `?month=`), newest month first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { currency, month } = req.validatedQuery as { currency?: string; month?: string }
  const { data: exchange_rates, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "customs_exchange_rate",
    ...req.queryConfig,
    filters: { ...(currency && { currency }), ...(month && { month }) },
  })
  res.json({ exchange_rates, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

/** POST /admin/customs/exchange-rates { currency, month, rate, source } — drafts waiting for it are then prepared again. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateCustomsExchangeRateType>, res: MedusaResponse) {
  const { result } = await createCustomsExchangeRateWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ exchange_rate: result })
}
