import { defineMiddlewares } from "@medusajs/framework/http"
import { adminManufacturersMiddlewares } from "./admin/manufacturers/middlewares"
import { vendorMiddlewares } from "./vendor/middlewares"

export default defineMiddlewares({
  routes: [...adminManufacturersMiddlewares, ...vendorMiddlewares],
})
