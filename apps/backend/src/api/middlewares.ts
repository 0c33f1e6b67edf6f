import { defineMiddlewares } from "@medusajs/framework/http"
import { adminManufacturersMiddlewares } from "./admin/manufacturers/middlewares"

export default defineMiddlewares({
  routes: [...adminManufacturersMiddlewares],
})
