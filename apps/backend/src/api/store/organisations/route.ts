import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registerOrganisationWorkflow } from "../../../workflows/organisation/organisations"
import type { StoreRegisterOrganisationType } from "./validators"

/** POST /store/organisations — the signed-in customer registers their organisation (pending review) and becomes its admin. */
export async function POST(req: AuthenticatedMedusaRequest<StoreRegisterOrganisationType>, res: MedusaResponse) {
  const { result } = await registerOrganisationWorkflow(req.scope).run({ input: { ...req.validatedBody, customer_id: req.auth_context.actor_id } })
  res.status(201).json({ organisation: { id: result.id, name: result.name, kind: result.kind, country_code: result.country_code, status: result.status } })
}
