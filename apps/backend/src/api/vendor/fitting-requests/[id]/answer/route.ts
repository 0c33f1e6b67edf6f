import type { MedusaResponse } from "@medusajs/framework/http"
import { answerFittingRequestWorkflow } from "../../../../../workflows/fitting/answer-fitting-request"
import type { VendorRequest } from "../../../tenant"
import type { VendorAnswerFittingRequestType } from "../../../validators"
import { loadVendorFittingRequest } from "../../query-config"

/** POST /vendor/fitting-requests/:id/answer — the manufacturer's advice, optionally naming the variant that fits. */
export async function POST(req: VendorRequest & { validatedBody: VendorAnswerFittingRequestType }, res: MedusaResponse) {
  await answerFittingRequestWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      manufacturer_id: req.manufacturerId,
      member_id: req.auth_context.actor_id,
      answer: req.validatedBody.answer,
      recommended_variant_id: req.validatedBody.recommended_variant_id,
    },
  })
  res.json({ fitting_request: await loadVendorFittingRequest(req, req.params.id) })
}
