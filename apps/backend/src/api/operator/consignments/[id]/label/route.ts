import { renderConsignmentLabel } from "@aem/trade-kit"
import type { MedusaResponse } from "@medusajs/framework/http"
import type { OperatorRequest } from "../../../tenant"
import { loadConsignment, printInput, sendPdf } from "../../query-config"

/** GET /operator/consignments/:id/label — the label (PDF, one page per package) with the consignment's barcode. */
export async function GET(req: OperatorRequest, res: MedusaResponse) {
  const consignment = await loadConsignment(req.scope, { id: req.params.id }, req.parkId)
  sendPdf(res, `label-${consignment.barcode}.pdf`, await renderConsignmentLabel(printInput(consignment)))
}
