import { allowFields, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { ownOrderInBody, ownOrderInPath } from "../buyer-access"
import { StoreBookServiceJob, StoreCancelServiceJob } from "./[id]/service-jobs/validators"

/**
 * Every /store route that names an order answers only its owner or the holder of its secret (Medusa's own
 * routes included: by id, transfers, returns; and ours under /store/orders/:id). Global, not method-scoped,
 * so it runs before the routes' own middlewares, and on every route below the order's path.
 *
 * Medusa's order-by-id route leaves metadata out of its allowed fields, and with it the delivery terms the
 * buyer chose. Only what the buyer's own cart carried is in a buyer order's metadata. Global too: allowed
 * fields are read before method-scoped middlewares run.
 */
export const storeOrdersMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/orders/:id", middlewares: [ownOrderInPath, allowFields("metadata")] },
  { method: ["POST"], matcher: "/store/returns", middlewares: [ownOrderInBody] },
  { method: ["POST"], matcher: "/store/orders/:id/service-jobs", middlewares: [validateAndTransformBody(StoreBookServiceJob)] },
  { method: ["POST"], matcher: "/store/orders/:id/service-jobs/:job_id/cancel", middlewares: [validateAndTransformBody(StoreCancelServiceJob)] },
]
