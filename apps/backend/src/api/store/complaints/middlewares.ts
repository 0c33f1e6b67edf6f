import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreFileComplaint, StoreListComplaintsParams } from "./validators"

// Only a logged-in buyer complains, and only about their own orders.
const buyerAuth = authenticate("customer", ["session", "bearer"])

export const storeComplaintsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/complaints", middlewares: [buyerAuth, validateAndTransformQuery(StoreListComplaintsParams, {})] },
  { method: ["POST"], matcher: "/store/complaints", middlewares: [buyerAuth, validateAndTransformBody(StoreFileComplaint)] },
]
