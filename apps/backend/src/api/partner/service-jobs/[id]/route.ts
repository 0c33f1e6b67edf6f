import type { MedusaResponse } from "@medusajs/framework/http"
import { findOr404 } from "../../../private-file"
import type { PartnerRequest } from "../../tenant"
import { PARTNER_JOB_FIELDS, partnerJobView } from "../query-config"

/** GET /partner/service-jobs/:id — one of this partner's jobs (another partner's is a 404). */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const job = await findOr404<Parameters<typeof partnerJobView>[0]>(req, "service_job", PARTNER_JOB_FIELDS, { id: req.params.id, partner_id: req.partnerId }, `Service job ${req.params.id}`)
  res.json({ service_job: partnerJobView(job) })
}
