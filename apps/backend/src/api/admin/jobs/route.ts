import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Filters = { queue?: string; state?: string; name?: string; business_key?: string; job_id?: string }

/**
 * GET /admin/jobs — the job ledger of our `aem.` queues for platform staff: `?state=failed` (with each
 * job's last error), `?state=retrying`, `?queue=`, `?name=`, `?business_key=` (a child order id…), `?job_id=`.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { queue, state, name, business_key, job_id } = req.validatedQuery as Filters
  const filters = Object.fromEntries(Object.entries({ queue, state, name, business_key, job_id }).filter(([, v]) => v !== undefined))
  const { data: jobs, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "job_record",
    ...req.queryConfig,
    filters,
  })
  res.json({ jobs, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}
