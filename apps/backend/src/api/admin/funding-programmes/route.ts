import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createFundingProgrammeWorkflow, funding } from "../../../workflows/funding/programmes"
import type { AdminCreateFundingProgrammeType } from "./validators"

/** GET /admin/funding-programmes — every programme, newest first, with what is left of its budget. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const programmes = await funding(req.scope).listFundingProgrammes({}, { order: { created_at: "DESC" } })
  res.json({ funding_programmes: programmes })
}

/** POST /admin/funding-programmes — staff set up a funder's programme. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateFundingProgrammeType>, res: MedusaResponse) {
  const { result } = await createFundingProgrammeWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ funding_programme: result })
}
