import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCertificatesMiddlewares } from "./admin/certificates/middlewares"
import { adminManufacturersMiddlewares } from "./admin/manufacturers/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"
import { vendorMiddlewares } from "./vendor/middlewares"

export default defineMiddlewares({
  routes: [...adminManufacturersMiddlewares, ...adminCertificatesMiddlewares, ...storeSearchMiddlewares, ...vendorMiddlewares],
})
