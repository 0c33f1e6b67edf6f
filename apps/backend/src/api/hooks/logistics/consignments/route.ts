import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { allocateConsignmentWorkflow } from "../../../../workflows/logistics/allocate-consignment"
import { consignmentManifest, loadConsignment } from "../../../operator/consignments/query-config"

/**
 * POST /hooks/logistics/consignments — the workers' hand-off job allocates a child order's consignment
 * (once; a repeat gets the same one back) and learns where to send the park's manifest.
 */
export const POST = async (req: MedusaRequest<{ order_id: string; declaration_id: string }>, res: MedusaResponse) => {
  const { result } = await allocateConsignmentWorkflow(req.scope).run({ input: req.validatedBody })
  const consignment = await loadConsignment(req.scope, { id: result.id })
  res.json({
    consignment: { id: consignment.id, barcode: consignment.barcode, status: consignment.status, manifest_sent_at: consignment.manifest_sent_at },
    park: { code: consignment.park.code, manifest_endpoint: consignment.park.manifest_endpoint },
    manifest: consignmentManifest(consignment),
  })
}
