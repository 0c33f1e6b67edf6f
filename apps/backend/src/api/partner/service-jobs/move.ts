import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { moveServiceJobWorkflow, type ServiceJobMove } from "../../../workflows/service-partner/service-jobs"
import { findOr404 } from "../../private-file"
import type { PartnerRequest } from "../tenant"
import { PARTNER_JOB_FIELDS, partnerJobView } from "./query-config"

/**
 * Moves one of this partner's jobs a step and answers it as the partner reads it. A partner that is not verified
 * (suspended) may still cancel what it cannot do, but takes on nothing new.
 */
export async function movePartnerJob(req: PartnerRequest, res: MedusaResponse, move: Omit<ServiceJobMove, "jobId" | "by">) {
  if (req.partnerStatus !== "verified" && move.to !== "cancelled") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Your service partner is ${req.partnerStatus}: platform staff must verify it before you take on jobs.`)
  }
  await moveServiceJobWorkflow(req.scope).run({ input: { ...move, jobId: req.params.id, by: { partnerId: req.partnerId, memberId: req.memberId } } })
  const job = await findOr404<Parameters<typeof partnerJobView>[0]>(req, "service_job", PARTNER_JOB_FIELDS, { id: req.params.id }, `Service job ${req.params.id}`)
  res.json({ service_job: partnerJobView(job) })
}
