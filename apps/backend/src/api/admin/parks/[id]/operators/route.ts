import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createOperatorWorkflow, type NewOperator } from "../../../../../workflows/logistics/parks"

/**
 * POST /admin/parks/:id/operators — an operator login for this park: the person's own registration
 * (`POST /auth/operator/emailpass/register` first) or a new login with the given password.
 */
export async function POST(req: AuthenticatedMedusaRequest<Omit<NewOperator, "park_id">>, res: MedusaResponse) {
  const { result } = await createOperatorWorkflow(req.scope).run({ input: { ...req.validatedBody, park_id: req.params.id } })
  res.status(201).json({ operator: result })
}
