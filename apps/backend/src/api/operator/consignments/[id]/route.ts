import type { MedusaResponse } from "@medusajs/framework/http"
import type { OperatorRequest } from "../../tenant"
import { loadConsignment } from "../query-config"

/** GET /operator/consignments/:id — items, packages, timeline and customs' status; another park's is a 404. */
export async function GET(req: OperatorRequest, res: MedusaResponse) {
  res.json({ consignment: await loadConsignment(req.scope, { id: req.params.id }, req.parkId) })
}
