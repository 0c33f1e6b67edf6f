import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { MANUFACTURER_ACTOR } from "../../workflows/manufacturer/register-manufacturer"
import { resolveManufacturer } from "./tenant"
import { certificateUpload } from "./certificates/upload"
import { VendorAddCertificate, VendorCreateProduct, VendorListProductsParams, VendorRegisterManufacturer } from "./validators"

const vendorAuth = authenticate(MANUFACTURER_ACTOR, ["bearer", "session"])

export const vendorMiddlewares: MiddlewareRoute[] = [
  {
    // Sign-up: the identity exists, the manufacturer not yet.
    method: ["POST"],
    matcher: "/vendor/manufacturers",
    middlewares: [
      authenticate(MANUFACTURER_ACTOR, ["bearer"], { allowUnregistered: true }),
      validateAndTransformBody(VendorRegisterManufacturer),
    ],
  },
  { method: ["GET"], matcher: "/vendor/me", middlewares: [vendorAuth, resolveManufacturer] },
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
  { method: ["GET"], matcher: "/vendor/certificates", middlewares: [vendorAuth, resolveManufacturer] },
  {
    method: ["POST"],
    matcher: "/vendor/certificates",
    middlewares: [vendorAuth, resolveManufacturer, certificateUpload, validateAndTransformBody(VendorAddCertificate)],
  },
]
