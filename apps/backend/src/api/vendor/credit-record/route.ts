import type { MedusaResponse } from "@medusajs/framework/http"
import { loadCreditRecord } from "../../../workflows/supervision/credit-record"
import type { VendorRequest } from "../tenant"

/** GET /vendor/credit-record — this manufacturer's credit record: the facts, their evidence and the summary. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  res.json({ credit_record: await loadCreditRecord(req.scope, req.manufacturerId, { reportPath: (id) => `/vendor/spot-checks/${id}/report` }) })
}
