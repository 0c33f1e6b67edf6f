import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { verifyWorkersHook } from "../signature"
import { HookCustomsReceipts, HookDeclarationProblem, HookGeneratedDeclaration } from "./validators"

// The raw body is kept for the signature; a declaration carries three PDFs, hence the larger limit.
const bodyParser = { preserveRawBody: true, sizeLimit: "20mb" }

export const hooksCustomsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/hooks/customs/*", bodyParser, middlewares: [verifyWorkersHook] },
  { method: ["POST"], matcher: "/hooks/customs/declarations", middlewares: [validateAndTransformBody(HookGeneratedDeclaration)] },
  { method: ["POST"], matcher: "/hooks/customs/declarations/:id/problem", middlewares: [validateAndTransformBody(HookDeclarationProblem)] },
  { method: ["POST"], matcher: "/hooks/customs/receipts", middlewares: [validateAndTransformBody(HookCustomsReceipts)] },
]
