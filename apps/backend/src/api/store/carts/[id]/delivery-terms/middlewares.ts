import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreSetDeliveryTerms } from "./validators"

// Who may reach the cart is decided for every cart route at once (../../middlewares.ts).
export const storeDeliveryTermsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/carts/:id/delivery-terms", middlewares: [validateAndTransformBody(StoreSetDeliveryTerms)] },
]
