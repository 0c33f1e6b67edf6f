import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadNotice } from "./load-notice"

/** GET /store/recall-notices/:id?token= — the recall notice a buyer was sent (the link in it). */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  res.json({ notice: await loadNotice(req, (req.validatedQuery as { token: string }).token) })
}
