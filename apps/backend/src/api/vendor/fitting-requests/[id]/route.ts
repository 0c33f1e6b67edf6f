import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../tenant"
import { loadVendorFittingRequest } from "../query-config"

/** GET /vendor/fitting-requests/:id */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  res.json({ fitting_request: await loadVendorFittingRequest(req, req.params.id) })
}
