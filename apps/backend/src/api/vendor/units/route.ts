import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorRequest } from "../tenant"
import { UNIT_FIELDS, withConsignments } from "./query-config"

/** GET /vendor/units — this manufacturer's traced units, by `?order_id=`, `?serial=` or `?product_id=`. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const filters = { ...(req.validatedQuery as Record<string, string>), manufacturer_id: req.manufacturerId }
  const { data: units } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "traced_unit", fields: UNIT_FIELDS, filters })
  res.json({ units: await withConsignments(req.scope, units) })
}
