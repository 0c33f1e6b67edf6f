import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createParkWorkflow, type NewPark } from "../../../workflows/logistics/parks"

export const PARK_FIELDS = ["id", "code", "name_zh", "name_en", "address", "manifest_endpoint", "timezone", "stock_location_id", "operators.id", "operators.email", "operators.name", "operators.role", "invites.id", "invites.email", "invites.name", "invites.role", "invites.expires_at", "invites.accepted_at"]

/** GET /admin/parks — the logistics parks and their operators. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data: parks } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "park", fields: PARK_FIELDS })
  res.json({ parks })
}

/** POST /admin/parks — a park joins the platform. */
export async function POST(req: AuthenticatedMedusaRequest<NewPark>, res: MedusaResponse) {
  const { result } = await createParkWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ park: result })
}
