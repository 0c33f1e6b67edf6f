import type { MiddlewareRoute } from "@medusajs/framework/http"
import { issueOrderToken, ownCartInBody, ownCartInPath, ownCartInQuery, ownPaymentCollectionInPath, refuseAnotherAccountsEmail } from "../buyer-access"

/**
 * Every /store route that names a cart (Medusa's and ours) answers a registered buyer's cart to that buyer
 * only; the paths' guards are global, so they run before the routes' own middlewares and on every route
 * below the cart's path. A cart takes no email of another's account. Completing a cart hands out the order's
 * secret with the order.
 */
export const storeCartsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts/:id", middlewares: [ownCartInPath] },
  { method: ["POST"], matcher: "/store/carts", middlewares: [refuseAnotherAccountsEmail] },
  { method: ["POST"], matcher: "/store/carts/:id", middlewares: [refuseAnotherAccountsEmail] },
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [issueOrderToken] },
  { method: ["POST"], matcher: "/store/payment-collections", middlewares: [ownCartInBody] },
  { matcher: "/store/payment-collections/:id", middlewares: [ownPaymentCollectionInPath] },
  { method: ["GET"], matcher: "/store/shipping-options", middlewares: [ownCartInQuery] },
  { method: ["POST"], matcher: "/store/shipping-options/:id/calculate", middlewares: [ownCartInBody] },
]
