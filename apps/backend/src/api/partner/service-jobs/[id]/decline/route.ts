import type { MedusaResponse } from "@medusajs/framework/http"
import type { PartnerRequest } from "../../../tenant"
import type { JobReasonType } from "../../../validators"
import { movePartnerJob } from "../../move"

/** POST /partner/service-jobs/:id/decline — with the reason the buyer is told. */
export const POST = (req: PartnerRequest<JobReasonType>, res: MedusaResponse) => movePartnerJob(req, res, { to: "declined", reason: req.validatedBody.reason })
