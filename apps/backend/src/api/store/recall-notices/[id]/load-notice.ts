import type { MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isRecallNoticeToken } from "../../../../modules/traceability/recall-link"

/** The notice the link names, if the link's token is the one signed for it; anything else is a 404. */
export async function loadNotice(req: MedusaStoreRequest, token: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const secret = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string
  const { data } = await query.graph({
    entity: "recall_notice",
    fields: ["id", "language", "serials", "acknowledged_at", "recall.reason", "recall.status", "recall.product_id", "recall.created_at"],
    filters: { id: req.params.id },
  })
  const notice = data[0]
  if (!notice || !isRecallNoticeToken(notice.id, token, secret)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This recall notice was not found: use the full link from the notice")
  }
  const { data: products } = await query.graph({ entity: "product", fields: ["title"], filters: { id: notice.recall.product_id } })
  return {
    id: notice.id,
    language: notice.language,
    serials: notice.serials,
    acknowledged_at: notice.acknowledged_at,
    recall: { reason: notice.recall.reason, status: notice.recall.status, opened_at: notice.recall.created_at, product: products[0]?.title },
  }
}
