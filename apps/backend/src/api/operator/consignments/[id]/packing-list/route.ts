import { renderConsignmentPackingList } from "@aem/trade-kit"
import type { MedusaResponse } from "@medusajs/framework/http"
import type { OperatorRequest } from "../../../tenant"
import { loadConsignment, printInput, sendPdf } from "../../query-config"

/** GET /operator/consignments/:id/packing-list — the packing list (PDF): goods, packages, weights and sizes. */
export async function GET(req: OperatorRequest, res: MedusaResponse) {
  const consignment = await loadConsignment(req.scope, { id: req.params.id }, req.parkId)
  sendPdf(res, `packing-list-${consignment.barcode}.pdf`, await renderConsignmentPackingList(printInput(consignment)))
}
