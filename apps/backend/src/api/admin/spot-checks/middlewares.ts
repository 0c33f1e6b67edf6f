import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { documentUpload } from "../../vendor/certificates/upload"
import { AdminListSpotChecksParams, AdminRecordSpotCheck } from "./validators"

export const adminSpotChecksMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/spot-checks", middlewares: [validateAndTransformQuery(AdminListSpotChecksParams, {})] },
  {
    method: ["POST"],
    matcher: "/admin/spot-checks",
    middlewares: [documentUpload("the laboratory's report as PDF, PNG or JPEG"), validateAndTransformBody(AdminRecordSpotCheck)],
  },
]
