import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateParkWorkflow, type NewPark } from "../../../../workflows/logistics/parks"
import { PARK_FIELDS } from "../route"

async function park(req: AuthenticatedMedusaRequest) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "park", fields: PARK_FIELDS, filters: { id: req.params.id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Park ${req.params.id} was not found`)
  return data[0]
}

/** GET /admin/parks/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ park: await park(req) })
}

/** POST /admin/parks/:id — change a park's names, address, manifest endpoint or stock location. */
export async function POST(req: AuthenticatedMedusaRequest<Partial<NewPark>>, res: MedusaResponse) {
  await park(req)
  await updateParkWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ park: await park(req) })
}
