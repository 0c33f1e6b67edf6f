import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCertificatesMiddlewares } from "./admin/certificates/middlewares"
import { adminCommissionRatesMiddlewares } from "./admin/commission-rates/middlewares"
import { adminDeclarationsMiddlewares } from "./admin/declarations/middlewares"
import { adminManufacturersMiddlewares } from "./admin/manufacturers/middlewares"
import { hooksCustomsMiddlewares } from "./hooks/customs/middlewares"
import { storeFittingRequestsMiddlewares } from "./store/fitting-requests/middlewares"
import { storeOrderShipmentsMiddlewares } from "./store/orders/[id]/shipments/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"
import { storeShippingCoverageMiddlewares } from "./store/shipping-coverage/middlewares"
import { vendorMiddlewares } from "./vendor/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminManufacturersMiddlewares,
    ...adminCertificatesMiddlewares,
    ...adminCommissionRatesMiddlewares,
    ...adminDeclarationsMiddlewares,
    ...storeOrderShipmentsMiddlewares,
    ...storeFittingRequestsMiddlewares,
    ...storeSearchMiddlewares,
    ...storeShippingCoverageMiddlewares,
    ...vendorMiddlewares,
    ...hooksCustomsMiddlewares,
  ],
})
