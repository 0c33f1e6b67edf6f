import type { MedusaResponse } from "@medusajs/framework/http"
import type { PartnerRequest } from "../../../tenant"
import { movePartnerJob } from "../../move"

/** POST /partner/service-jobs/:id/accept — the partner takes the job on; the buyer is told. */
export const POST = (req: PartnerRequest, res: MedusaResponse) => movePartnerJob(req, res, { to: "accepted" })
