import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreCreateFittingRequest } from "./validators"

export const storeFittingRequestsMiddlewares: MiddlewareRoute[] = [
  {
    // A guest may ask too (with an email); a logged-in buyer's request goes to their account.
    method: ["POST"],
    matcher: "/store/fitting-requests",
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), validateAndTransformBody(StoreCreateFittingRequest)],
  },
  { method: ["GET"], matcher: "/store/fitting-requests", middlewares: [authenticate("customer", ["session", "bearer"])] },
]
