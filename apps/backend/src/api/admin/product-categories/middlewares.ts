import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules, ProductCategoryWorkflowEvents } from "@medusajs/framework/utils"

/**
 * Medusa's `POST /admin/product-categories/:id/products` (add or remove products) emits no event, so the
 * catalogue read model and the search index would keep the old membership. Once it has succeeded, the
 * event Medusa's own category update emits is announced, and the search-index subscriber re-indexes the
 * category's products and those taken out of it.
 */
function announceMembershipChange(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  res.on("finish", () => {
    if (res.statusCode >= 300) return
    req.scope
      .resolve(Modules.EVENT_BUS)
      .emit({ name: ProductCategoryWorkflowEvents.UPDATED, data: { id: req.params.id } })
      .catch((e: Error) => req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`product category ${req.params.id}: re-index not asked: ${e.message}`))
  })
  next()
}

export const adminProductCategoriesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/product-categories/:id/products", middlewares: [announceMembershipChange] },
]
