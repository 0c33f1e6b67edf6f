import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { requestFittingWorkflow } from "../../../workflows/fitting/request-fitting"
import { STORE_FITTING_FIELDS, withRecommendedVariant } from "./query-config"
import type { StoreCreateFittingRequestType } from "./validators"

/** GET /store/fitting-requests — the logged-in buyer's own fitting requests and their answers, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "fitting_request",
    fields: STORE_FITTING_FIELDS,
    filters: { customer_id: req.auth_context.actor_id },
    pagination: { order: { created_at: "DESC" } },
  })
  res.json({ fitting_requests: data.map((r) => withRecommendedVariant(r)) })
}

/** POST /store/fitting-requests — "ask the manufacturer" with the buyer's measurements. */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateFittingRequestType>, res: MedusaResponse) {
  const body = req.validatedBody
  const customerId = req.auth_context?.actor_id || null
  let email = body.email
  if (customerId) {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "customer", fields: ["email"], filters: { id: customerId } })
    email = data[0]?.email ?? email
  }
  if (!email) throw new MedusaError(MedusaError.Types.INVALID_DATA, "email is required to send you the answer (or log in)")
  const { result } = await requestFittingWorkflow(req.scope).run({
    input: {
      product_id: body.product_id,
      sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [],
      customer_id: customerId,
      email: email.toLowerCase(),
      locale: body.locale,
      country_code: body.country_code,
      measurement: body.measurement,
      measured_cm: body.measured_cm,
      note: body.note,
    },
  })
  res.status(201).json({ fitting_request: { id: result.id, status: result.status, created_at: result.created_at } })
}
