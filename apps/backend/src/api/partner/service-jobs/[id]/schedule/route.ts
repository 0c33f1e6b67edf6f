import type { MedusaResponse } from "@medusajs/framework/http"
import type { PartnerRequest } from "../../../tenant"
import type { PartnerScheduleJobType } from "../../../validators"
import { movePartnerJob } from "../../move"

/** POST /partner/service-jobs/:id/schedule — the time agreed with the buyer (again, to move it). */
export const POST = (req: PartnerRequest<PartnerScheduleJobType>, res: MedusaResponse) =>
  movePartnerJob(req, res, { to: "scheduled", scheduled_at: req.validatedBody.scheduled_at })
