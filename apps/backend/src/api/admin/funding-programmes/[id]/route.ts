import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { funding, programmeOr404 } from "../../../../workflows/funding/programmes"

/** GET /admin/funding-programmes/:id — the programme and its beneficiaries' entitlements. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const programme = await programmeOr404(req.scope, req.params.id)
  const entitlements = await funding(req.scope).listFundingEntitlements({ programme_id: programme.id }, { order: { created_at: "ASC" } })
  res.json({ funding_programme: { ...programme, entitlements } })
}
