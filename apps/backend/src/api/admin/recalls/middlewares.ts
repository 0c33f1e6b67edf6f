import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { OpenRecall } from "../../vendor/recalls/validators"
import { AdminListRecallsParams } from "./validators"

export const adminRecallsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/recalls", middlewares: [validateAndTransformQuery(AdminListRecallsParams, {})] },
  { method: ["POST"], matcher: "/admin/recalls", middlewares: [validateAndTransformBody(OpenRecall)] },
]
