import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { loadStatement } from "../../../../../vendor/statements/load-statement"

/** GET /admin/manufacturers/:id/statements/:month — the statement the manufacturer sees, for the platform's finance staff. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "manufacturer", fields: ["id"], filters: { id: req.params.id } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Manufacturer ${req.params.id} was not found`)
  const { statement } = await loadStatement(req.scope, req.params.id, req.params.month)
  res.json({ statement })
}
