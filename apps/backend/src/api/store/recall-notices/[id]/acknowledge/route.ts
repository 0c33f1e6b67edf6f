import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { acknowledgeRecallNoticeWorkflow } from "../../../../../workflows/traceability/acknowledge-recall-notice"
import { loadNotice } from "../load-notice"

/** POST /store/recall-notices/:id/acknowledge — the buyer confirms they have read the notice (once; repeating changes nothing). */
export async function POST(req: MedusaStoreRequest<{ token: string }>, res: MedusaResponse) {
  const { token } = req.validatedBody
  await loadNotice(req, token)
  await acknowledgeRecallNoticeWorkflow(req.scope).run({ input: { noticeId: req.params.id } })
  res.json({ notice: await loadNotice(req, token) })
}
