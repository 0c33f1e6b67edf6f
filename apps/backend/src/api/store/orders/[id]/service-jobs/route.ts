import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { bookServiceJobWorkflow } from "../../../../../workflows/service-partner/service-jobs"
import { STORE_JOB_FIELDS } from "./query-config"
import type { StoreBookServiceJobType } from "./validators"

const listJobs = async (req: AuthenticatedMedusaRequest, filters: Record<string, unknown>) =>
  (
    await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "service_job",
      fields: STORE_JOB_FIELDS,
      filters: { order_id: req.params.id, ...filters },
      pagination: { order: { created_at: "DESC" } },
    })
  ).data

/** GET /store/orders/:id/service-jobs — the services booked for this order (only the buyer's, as everything under the order). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ service_jobs: await listJobs(req, {}) })
}

/**
 * POST /store/orders/:id/service-jobs — book a verified partner in the order's country for a service on a device
 * of the order (a repair, a fitting…) with the times that suit the buyer; partner and buyer are told.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreBookServiceJobType>, res: MedusaResponse) {
  const { result } = await bookServiceJobWorkflow(req.scope).run({
    input: { ...req.validatedBody, order_id: req.params.id, customer_id: req.auth_context?.actor_id || null },
  })
  res.status(201).json({ service_job: (await listJobs(req, { id: result.id }))[0] })
}
