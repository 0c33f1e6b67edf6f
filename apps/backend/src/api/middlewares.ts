import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCertificatesMiddlewares } from "./admin/certificates/middlewares"
import { adminCommissionRatesMiddlewares } from "./admin/commission-rates/middlewares"
import { adminDeclarationsMiddlewares } from "./admin/declarations/middlewares"
import { adminManufacturersMiddlewares } from "./admin/manufacturers/middlewares"
import { hooksCustomsMiddlewares } from "./hooks/customs/middlewares"
import { storeCatalogMiddlewares } from "./store/catalog/middlewares"
import { storeOrderShipmentsMiddlewares } from "./store/orders/[id]/shipments/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"
import { vendorMiddlewares } from "./vendor/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminManufacturersMiddlewares,
    ...adminCertificatesMiddlewares,
    ...adminCommissionRatesMiddlewares,
    ...adminDeclarationsMiddlewares,
    ...storeOrderShipmentsMiddlewares,
    ...storeSearchMiddlewares,
    ...storeCatalogMiddlewares,
    ...vendorMiddlewares,
    ...hooksCustomsMiddlewares,
  ],
})
