import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { RecallNoticeToken } from "./[id]/validators"

export const storeRecallNoticesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/recall-notices/:id", middlewares: [validateAndTransformQuery(RecallNoticeToken, {})] },
  { method: ["POST"], matcher: "/store/recall-notices/:id/acknowledge", middlewares: [validateAndTransformBody(RecallNoticeToken)] },
]
