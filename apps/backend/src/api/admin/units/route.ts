import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { UNIT_FIELDS, withConsignments } from "../../vendor/units/query-config"

/** GET /admin/units — traced units across manufacturers, by `?serial=`, `?order_id=`, `?product_id=`, `?manufacturer_id=`. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data: units } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "traced_unit",
    fields: [...UNIT_FIELDS, "buyer_order_id"],
    filters: req.validatedQuery as Record<string, string>,
  })
  res.json({ units: await withConsignments(req.scope, units) })
}
