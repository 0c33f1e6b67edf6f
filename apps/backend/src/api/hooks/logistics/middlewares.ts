import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { verifyWorkersHook } from "../signature"
import { HookAllocateConsignment, HookManifestSent } from "./validators"

// The raw body is kept for the signature.
const bodyParser = { preserveRawBody: true }

export const hooksLogisticsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/hooks/logistics/*", bodyParser, middlewares: [verifyWorkersHook] },
  { method: ["POST"], matcher: "/hooks/logistics/consignments", middlewares: [validateAndTransformBody(HookAllocateConsignment)] },
  { method: ["POST"], matcher: "/hooks/logistics/consignments/:id/manifest-sent", middlewares: [validateAndTransformBody(HookManifestSent)] },
]
