import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { fileComplaintWorkflow } from "../../../workflows/supervision/complaints"
import { STORE_COMPLAINT_FIELDS } from "./query-config"
import { complaintTarget } from "./target"
import type { StoreFileComplaintType } from "./validators"

/** GET /store/complaints — the logged-in buyer's complaints (`?order_id=` for one order's), newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { order_id } = req.validatedQuery as { order_id?: string }
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "complaint",
    fields: STORE_COMPLAINT_FIELDS,
    filters: { customer_id: req.auth_context.actor_id, ...(order_id ? { buyer_order_id: order_id } : {}) },
    pagination: { order: { created_at: "DESC" } },
  })
  res.json({ complaints: data })
}

/** POST /store/complaints — the buyer reports a problem with one of their orders, for its manufacturer to answer. */
export async function POST(req: AuthenticatedMedusaRequest<StoreFileComplaintType>, res: MedusaResponse) {
  const body = req.validatedBody
  const target = await complaintTarget(req, body)
  const { result } = await fileComplaintWorkflow(req.scope).run({
    input: {
      ...target,
      customer_id: req.auth_context.actor_id,
      line_item_id: body.line_item_id ?? null,
      serial: body.serial ?? null,
      category: body.category,
      description: body.description,
    },
  })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "complaint", fields: STORE_COMPLAINT_FIELDS, filters: { id: result.id } })
  res.status(201).json({ complaint: data[0] })
}
