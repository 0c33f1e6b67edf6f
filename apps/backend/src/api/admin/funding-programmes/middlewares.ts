import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateFundingProgramme, RegisterBeneficiary } from "./validators"

export const adminFundingProgrammesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/funding-programmes", middlewares: [validateAndTransformBody(AdminCreateFundingProgramme)] },
  { method: ["POST"], matcher: "/admin/funding-programmes/:id/beneficiaries", middlewares: [validateAndTransformBody(RegisterBeneficiary)] },
]
