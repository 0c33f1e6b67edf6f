import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { MANUFACTURER_ACTOR } from "../../workflows/manufacturer/register-manufacturer"
import { resolveManufacturer } from "./tenant"
import { certificateUpload } from "./certificates/upload"
import { ownProduct, photoUpload } from "./products/[id]/images/upload"
import { VendorAddProductPhoto, VendorChangeProductPhoto } from "./products/[id]/images/validators"
import { VendorAnswerComplaint, VendorListComplaintsParams } from "./complaints/validators"
import { OpenRecall } from "./recalls/validators"
import { ListUnitsParams, RecordUnits } from "./units/validators"
import { VendorAuthoriseServicePartner, VendorListServicePartnersParams } from "./service-partners/validators"
import {
  VendorAcceptInvite,
  VendorAddCertificate,
  VendorAnswerFittingRequest,
  VendorCreateProduct,
  VendorInviteStaff,
  VendorListProductsParams,
  VendorRegisterManufacturer,
  VendorCreateVariant,
  VendorListFittingRequestsParams,
  VendorListOrdersParams,
  VendorResubmitDeclaration,
  VendorSetStock,
  VendorUpdateProduct,
  VendorUpdateProfile,
  VendorUpdateVariant,
} from "./validators"

const vendorAuth = authenticate(MANUFACTURER_ACTOR, ["bearer", "session"])
// For a login that has no manufacturer yet (sign-up, accepting an invitation).
const newcomerAuth = authenticate(MANUFACTURER_ACTOR, ["bearer"], { allowUnregistered: true })

export const vendorMiddlewares: MiddlewareRoute[] = [
  {
    // Sign-up: the identity exists, the manufacturer not yet.
    method: ["POST"],
    matcher: "/vendor/manufacturers",
    middlewares: [newcomerAuth, validateAndTransformBody(VendorRegisterManufacturer)],
  },
  { method: ["GET"], matcher: "/vendor/me", middlewares: [vendorAuth, resolveManufacturer] },
  { method: ["GET"], matcher: "/vendor/profile", middlewares: [vendorAuth, resolveManufacturer] },
  {
    method: ["POST"],
    matcher: "/vendor/profile",
    middlewares: [vendorAuth, resolveManufacturer, validateAndTransformBody(VendorUpdateProfile)],
  },
  { method: ["GET"], matcher: "/vendor/members", middlewares: [vendorAuth, resolveManufacturer] },
  {
    method: ["GET"],
    matcher: "/vendor/products",
    middlewares: [vendorAuth, resolveManufacturer, validateAndTransformQuery(VendorListProductsParams, { defaults: [], isList: true })],
  },
  {
    method: ["POST"],
    matcher: "/vendor/products",
    middlewares: [vendorAuth, resolveManufacturer, validateAndTransformBody(VendorCreateProduct)],
  },
  { method: ["GET"], matcher: "/vendor/products/:id", middlewares: [vendorAuth, resolveManufacturer] },
  {
    method: ["POST"],
    matcher: "/vendor/products/:id",
    middlewares: [vendorAuth, resolveManufacturer, validateAndTransformBody(VendorUpdateProduct)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/products/:id/variants",
    middlewares: [vendorAuth, resolveManufacturer, validateAndTransformBody(VendorCreateVariant)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/products/:id/variants/:variant_id",
    middlewares: [vendorAuth, resolveManufacturer, validateAndTransformBody(VendorUpdateVariant)],
  },
  {
    method: ["GET"],
    matcher: "/vendor/orders",
    middlewares: [vendorAuth, resolveManufacturer, validateAndTransformQuery(VendorListOrdersParams, { defaults: [], isList: true })],
  },
  { method: ["GET"], matcher: "/vendor/orders/:id", middlewares: [vendorAuth, resolveManufacturer] },
  { method: ["GET"], matcher: "/vendor/orders/:id/documents/:document_id", middlewares: [vendorAuth, resolveManufacturer] },
  { method: ["POST"], matcher: "/vendor/orders/:id/confirm", middlewares: [vendorAuth, resolveManufacturer] },
  { method: ["POST"], matcher: "/vendor/orders/:id/ready-for-handoff", middlewares: [vendorAuth, resolveManufacturer] },
  {
    method: ["POST"],
    matcher: "/vendor/orders/:id/declaration/resubmit",
    middlewares: [vendorAuth, resolveManufacturer, validateAndTransformBody(VendorResubmitDeclaration)],
  },
  { method: ["GET"], matcher: "/vendor/statements/:month", middlewares: [vendorAuth, resolveManufacturer] },
  { method: ["GET"], matcher: "/vendor/statements/:month/csv", middlewares: [vendorAuth, resolveManufacturer] },
  {
    method: ["POST"],
    matcher: "/vendor/products/:id/stock",
    middlewares: [vendorAuth, resolveManufacturer, validateAndTransformBody(VendorSetStock)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/products/:id/images",
    middlewares: [vendorAuth, resolveManufacturer, ownProduct, photoUpload(), validateAndTransformBody(VendorAddProductPhoto)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/products/:id/images/:image_id",
    middlewares: [vendorAuth, resolveManufacturer, ownProduct, validateAndTransformBody(VendorChangeProductPhoto)],
  },
  { method: ["DELETE"], matcher: "/vendor/products/:id/images/:image_id", middlewares: [vendorAuth, resolveManufacturer, ownProduct] },
  { method: ["GET"], matcher: "/vendor/certificates", middlewares: [vendorAuth, resolveManufacturer] },
  { method: ["GET"], matcher: "/vendor/certificates/:id/file", middlewares: [vendorAuth, resolveManufacturer] },
  {
    method: ["POST"],
    matcher: "/vendor/invites",
    middlewares: [vendorAuth, resolveManufacturer, validateAndTransformBody(VendorInviteStaff)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/invites/accept",
    middlewares: [newcomerAuth, validateAndTransformBody(VendorAcceptInvite)],
  },
  {
    method: ["GET"],
    matcher: "/vendor/units",
    middlewares: [vendorAuth, resolveManufacturer, validateAndTransformQuery(ListUnitsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/vendor/orders/:id/units",
    middlewares: [vendorAuth, resolveManufacturer, validateAndTransformBody(RecordUnits)],
  },
  { method: ["GET"], matcher: "/vendor/recalls", middlewares: [vendorAuth, resolveManufacturer] },
  {
    method: ["POST"],
    matcher: "/vendor/recalls",
    middlewares: [vendorAuth, resolveManufacturer, validateAndTransformBody(OpenRecall)],
  },
  { method: ["GET"], matcher: "/vendor/recalls/:id", middlewares: [vendorAuth, resolveManufacturer] },
  { method: ["GET"], matcher: "/vendor/credit-record", middlewares: [vendorAuth, resolveManufacturer] },
  { method: ["GET"], matcher: "/vendor/spot-checks/:id/report", middlewares: [vendorAuth, resolveManufacturer] },
  {
    method: ["GET"],
    matcher: "/vendor/complaints",
    middlewares: [vendorAuth, resolveManufacturer, validateAndTransformQuery(VendorListComplaintsParams, {})],
  },
  { method: ["GET"], matcher: "/vendor/complaints/:id", middlewares: [vendorAuth, resolveManufacturer] },
  {
    method: ["POST"],
    matcher: "/vendor/complaints/:id/answer",
    middlewares: [vendorAuth, resolveManufacturer, validateAndTransformBody(VendorAnswerComplaint)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/certificates",
    middlewares: [vendorAuth, resolveManufacturer, certificateUpload, validateAndTransformBody(VendorAddCertificate)],
  },
  {
    method: ["GET"],
    matcher: "/vendor/fitting-requests",
    middlewares: [vendorAuth, resolveManufacturer, validateAndTransformQuery(VendorListFittingRequestsParams, { defaults: [], isList: true })],
  },
  { method: ["GET"], matcher: "/vendor/fitting-requests/:id", middlewares: [vendorAuth, resolveManufacturer] },
  {
    method: ["POST"],
    matcher: "/vendor/fitting-requests/:id/answer",
    middlewares: [vendorAuth, resolveManufacturer, validateAndTransformBody(VendorAnswerFittingRequest)],
  },
  {
    method: ["GET"],
    matcher: "/vendor/service-partners",
    middlewares: [vendorAuth, resolveManufacturer, validateAndTransformQuery(VendorListServicePartnersParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/vendor/service-partners/:id/authorisation",
    middlewares: [vendorAuth, resolveManufacturer, validateAndTransformBody(VendorAuthoriseServicePartner)],
  },
  { method: ["DELETE"], matcher: "/vendor/service-partners/:id/authorisation", middlewares: [vendorAuth, resolveManufacturer] },
]
