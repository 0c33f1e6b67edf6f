import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveRecall } from "../retrieve"

/** GET /admin/recalls/:id — a recall with every notice and whether each buyer has acknowledged it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ recall: await retrieveRecall(req, req.params.id) })
}
