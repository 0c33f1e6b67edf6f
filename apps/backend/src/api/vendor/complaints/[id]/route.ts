import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../tenant"
import { loadOwnComplaint } from "../load"

/** GET /vendor/complaints/:id — one complaint about this manufacturer's goods. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  res.json({ complaint: await loadOwnComplaint(req, req.params.id) })
}
