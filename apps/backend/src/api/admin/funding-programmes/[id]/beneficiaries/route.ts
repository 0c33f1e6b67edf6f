import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { programmeOr404, registerFundingBeneficiaryWorkflow } from "../../../../../workflows/funding/programmes"
import type { RegisterBeneficiaryType } from "../../validators"

/** POST /admin/funding-programmes/:id/beneficiaries — staff register a beneficiary (one who applied directly). */
export async function POST(req: AuthenticatedMedusaRequest<RegisterBeneficiaryType>, res: MedusaResponse) {
  const programme = await programmeOr404(req.scope, req.params.id)
  const { result } = await registerFundingBeneficiaryWorkflow(req.scope).run({
    input: { ...req.validatedBody, programme_id: programme.id, registered_by: req.auth_context.actor_id },
  })
  res.status(201).json({ entitlement: result })
}
