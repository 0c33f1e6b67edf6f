import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreSetDeliveryTerms } from "./validators"

// A guest's cart is reached by its id, as Medusa's own cart routes do; a logged-in buyer's cart only by them.
const buyer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export const storeDeliveryTermsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/carts/:id/delivery-terms", middlewares: [buyer] },
  { method: ["POST"], matcher: "/store/carts/:id/delivery-terms", middlewares: [buyer, validateAndTransformBody(StoreSetDeliveryTerms)] },
]
