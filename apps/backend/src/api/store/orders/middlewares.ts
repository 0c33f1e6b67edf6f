import { allowFields, type MiddlewareRoute } from "@medusajs/framework/http"

/**
 * Medusa's order-by-id route (the guest's confirmation page; the order id is the guest's key) leaves metadata
 * out of its allowed fields, and with it the delivery terms the buyer chose. Only what the buyer's own cart
 * carried is in a buyer order's metadata. Global, not method-scoped: allowed fields are read before
 * method-scoped middlewares run.
 */
export const storeOrdersMiddlewares: MiddlewareRoute[] = [{ matcher: "/store/orders/:id", middlewares: [allowFields("metadata")] }]
