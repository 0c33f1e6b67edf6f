import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

export const storeOrderShipmentsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/orders/:id/shipments", middlewares: [authenticate("customer", ["session", "bearer"])] },
]
