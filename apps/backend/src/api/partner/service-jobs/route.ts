import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PartnerRequest } from "../tenant"
import type { PartnerListJobsParamsType } from "../validators"
import { PARTNER_JOB_FIELDS, partnerJobView } from "./query-config"

/** GET /partner/service-jobs?status= — this partner's jobs, newest first. */
export async function GET(req: PartnerRequest & { validatedQuery: PartnerListJobsParamsType }, res: MedusaResponse) {
  const { status } = req.validatedQuery
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "service_job",
    fields: PARTNER_JOB_FIELDS,
    filters: { partner_id: req.partnerId, ...(status ? { status } : {}) },
    pagination: { order: { created_at: "DESC" } },
  })
  res.json({ service_jobs: data.map((j) => partnerJobView(j)) })
}
