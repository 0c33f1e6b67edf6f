import type { MedusaResponse } from "@medusajs/framework/http"
import type { PartnerRequest } from "../../../tenant"
import type { JobReasonType } from "../../../validators"
import { movePartnerJob } from "../../move"

/** POST /partner/service-jobs/:id/cancel — an accepted or scheduled job the partner cannot do after all, with the reason. */
export const POST = (req: PartnerRequest<JobReasonType>, res: MedusaResponse) => movePartnerJob(req, res, { to: "cancelled", reason: req.validatedBody.reason })
