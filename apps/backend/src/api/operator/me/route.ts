import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OperatorRequest } from "../tenant"

/** GET /operator/me — the logged-in operator and their park. */
export async function GET(req: OperatorRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "operator",
    fields: ["id", "email", "name", "role", "park.id", "park.code", "park.name_zh", "park.name_en", "park.address", "park.timezone"],
    filters: { id: req.operatorId },
  })
  const { park, ...operator } = data[0]
  res.json({ operator, park })
}
