import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { moveServiceJobWorkflow } from "../../../../../../../workflows/service-partner/service-jobs"
import { STORE_JOB_FIELDS } from "../../query-config"
import type { StoreCancelServiceJobType } from "../../validators"

/** POST /store/orders/:id/service-jobs/:job_id/cancel — the buyer calls off a job not yet done; the partner is told why. */
export async function POST(req: AuthenticatedMedusaRequest<StoreCancelServiceJobType>, res: MedusaResponse) {
  await moveServiceJobWorkflow(req.scope).run({
    input: { jobId: req.params.job_id, by: { orderId: req.params.id }, to: "cancelled", reason: req.validatedBody.reason },
  })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "service_job", fields: STORE_JOB_FIELDS, filters: { id: req.params.job_id } })
  res.json({ service_job: data[0] })
}
