import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markManifestSentWorkflow } from "../../../../../../workflows/logistics/mark-manifest-sent"

/** POST /hooks/logistics/consignments/:id/manifest-sent — the park's system took the manifest: a retried job does not send it again. */
export const POST = async (req: MedusaRequest<{ sent_at: string }>, res: MedusaResponse) => {
  const { result } = await markManifestSentWorkflow(req.scope).run({ input: { id: req.params.id, sent_at: req.validatedBody.sent_at } })
  res.json({ consignment: { id: result.id, manifest_sent_at: result.manifest_sent_at } })
}
