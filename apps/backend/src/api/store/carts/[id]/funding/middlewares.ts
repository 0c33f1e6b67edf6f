import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreApplyEntitlement } from "./validators"

// Who may reach the cart is decided for every cart route at once (../../middlewares.ts).
export const storeCartFundingMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/carts/:id/funding", middlewares: [validateAndTransformBody(StoreApplyEntitlement)] },
]
