import { defineMiddlewares } from "@medusajs/framework/http"
import { accountLimitsMiddlewares } from "./account-limits"
import { adminBullBoardMiddlewares } from "./admin/bull-board/middlewares"
import { adminCertificatesMiddlewares } from "./admin/certificates/middlewares"
import { adminComplaintsMiddlewares } from "./admin/complaints/middlewares"
import { adminConsignmentsMiddlewares } from "./admin/consignments/middlewares"
import { adminCommissionRatesMiddlewares } from "./admin/commission-rates/middlewares"
import { adminCustomsMiddlewares } from "./admin/customs/middlewares"
import { adminDeclarationsMiddlewares } from "./admin/declarations/middlewares"
import { adminFundingProgrammesMiddlewares } from "./admin/funding-programmes/middlewares"
import { adminJobsMiddlewares } from "./admin/jobs/middlewares"
import { adminManufacturersMiddlewares } from "./admin/manufacturers/middlewares"
import { adminOrganisationsMiddlewares } from "./admin/organisations/middlewares"
import { adminProductHoldsMiddlewares } from "./admin/product-holds/middlewares"
import { adminRecallsMiddlewares } from "./admin/recalls/middlewares"
import { adminSpotChecksMiddlewares } from "./admin/spot-checks/middlewares"
import { adminStatisticsMiddlewares } from "./admin/statistics/middlewares"
import { adminUnitsMiddlewares } from "./admin/units/middlewares"
import { hooksCustomsMiddlewares } from "./hooks/customs/middlewares"
import { hooksLogisticsMiddlewares } from "./hooks/logistics/middlewares"
import { hooksParkMiddlewares } from "./hooks/park/middlewares"
import { operatorMiddlewares } from "./operator/middlewares"
import { partnerMiddlewares } from "./partner/middlewares"
import { adminParksMiddlewares } from "./admin/parks/middlewares"
import { adminProductCategoriesMiddlewares } from "./admin/product-categories/middlewares"
import { storeCartsMiddlewares } from "./store/carts/middlewares"
import { storeCatalogMiddlewares } from "./store/catalog/middlewares"
import { storeComplaintsMiddlewares } from "./store/complaints/middlewares"
import { storeCartFundingMiddlewares } from "./store/carts/[id]/funding/middlewares"
import { storeDeliveryTermsMiddlewares } from "./store/carts/[id]/delivery-terms/middlewares"
import { storeFittingRequestsMiddlewares } from "./store/fitting-requests/middlewares"
import { storeOrdersMiddlewares } from "./store/orders/middlewares"
import { storeOrganisationsMiddlewares } from "./store/organisations/middlewares"
import { storeRecallNoticesMiddlewares } from "./store/recall-notices/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"
import { storeUnitsMiddlewares } from "./store/units/middlewares"
import { storeShippingCoverageMiddlewares } from "./store/shipping-coverage/middlewares"
import { storeServicePartnersMiddlewares } from "./store/service-partners/middlewares"
import { adminServicePartnersMiddlewares } from "./admin/service-partners/middlewares"
import { vendorMiddlewares } from "./vendor/middlewares"
import { trustConfiguredProxies } from "./trusted-proxies"
import { marketplaceErrorHandler } from "./error-handler"
import { refuseUnstorableText } from "./well-formed-input"

export default defineMiddlewares({
  errorHandler: marketplaceErrorHandler,
  routes: [
    // First: a limited request is answered before any other work is done for it.
    ...accountLimitsMiddlewares,
    // Every path, Medusa's routes too: the client's address (req.ip) is forwarded only by the configured proxies,
    // and text the database cannot store is a 400 before any route sees it.
    { matcher: "/", middlewares: [trustConfiguredProxies, refuseUnstorableText] },
    ...adminManufacturersMiddlewares,
    ...adminOrganisationsMiddlewares,
    ...adminCertificatesMiddlewares,
    ...adminCommissionRatesMiddlewares,
    ...adminDeclarationsMiddlewares,
    ...adminCustomsMiddlewares,
    ...adminJobsMiddlewares,
    ...adminBullBoardMiddlewares,
    ...storeOrdersMiddlewares,
    ...storeCartsMiddlewares,
    ...storeOrganisationsMiddlewares,
    ...storeDeliveryTermsMiddlewares,
    ...storeCartFundingMiddlewares,
    ...adminFundingProgrammesMiddlewares,
    ...storeFittingRequestsMiddlewares,
    ...storeSearchMiddlewares,
    ...storeCatalogMiddlewares,
    ...adminUnitsMiddlewares,
    ...adminRecallsMiddlewares,
    ...adminSpotChecksMiddlewares,
    ...adminProductHoldsMiddlewares,
    ...adminComplaintsMiddlewares,
    ...adminStatisticsMiddlewares,
    ...storeUnitsMiddlewares,
    ...storeRecallNoticesMiddlewares,
    ...storeComplaintsMiddlewares,
    ...storeShippingCoverageMiddlewares,
    ...storeServicePartnersMiddlewares,
    ...adminServicePartnersMiddlewares,
    ...vendorMiddlewares,
    ...hooksCustomsMiddlewares,
    ...adminParksMiddlewares,
    ...adminProductCategoriesMiddlewares,
    ...adminConsignmentsMiddlewares,
    ...operatorMiddlewares,
    ...partnerMiddlewares,
    ...hooksLogisticsMiddlewares,
    ...hooksParkMiddlewares,
  ],
})
