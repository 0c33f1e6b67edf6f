import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../tenant"
import { loadStatement } from "../load-statement"

/** GET /vendor/statements/:month — this manufacturer's statement for a month ("2026-11"). */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { statement } = await loadStatement(req.scope, req.manufacturerId, req.params.month)
  res.json({ statement })
}
