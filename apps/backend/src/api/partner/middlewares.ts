import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { PARTNER_ACTOR } from "../../workflows/service-partner/partners"
import { resolveServicePartner } from "./tenant"
import { reportPhotosUpload } from "./service-jobs/[id]/complete/upload"
import {
  PartnerAcceptInvite, PartnerCancelJob, PartnerCompleteJob, PartnerDeclineJob, PartnerListJobsParams, PartnerRegister, PartnerScheduleJob,
} from "./validators"

const partnerAuth = [authenticate(PARTNER_ACTOR, ["bearer", "session"]), resolveServicePartner]
// For a login that is no service partner's yet (sign-up, accepting an invitation).
const newcomerAuth = authenticate(PARTNER_ACTOR, ["bearer"], { allowUnregistered: true })

export const partnerMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/partner/service-partners", middlewares: [newcomerAuth, validateAndTransformBody(PartnerRegister)] },
  { method: ["POST"], matcher: "/partner/invites/accept", middlewares: [newcomerAuth, validateAndTransformBody(PartnerAcceptInvite)] },
  { method: ["GET"], matcher: "/partner/me", middlewares: partnerAuth },
  { method: ["GET"], matcher: "/partner/service-jobs", middlewares: [...partnerAuth, validateAndTransformQuery(PartnerListJobsParams, {})] },
  { method: ["GET"], matcher: "/partner/service-jobs/:id", middlewares: partnerAuth },
  { method: ["GET"], matcher: "/partner/service-jobs/:id/photos/:index", middlewares: partnerAuth },
  { method: ["POST"], matcher: "/partner/service-jobs/:id/accept", middlewares: partnerAuth },
  { method: ["POST"], matcher: "/partner/service-jobs/:id/decline", middlewares: [...partnerAuth, validateAndTransformBody(PartnerDeclineJob)] },
  { method: ["POST"], matcher: "/partner/service-jobs/:id/schedule", middlewares: [...partnerAuth, validateAndTransformBody(PartnerScheduleJob)] },
  { method: ["POST"], matcher: "/partner/service-jobs/:id/cancel", middlewares: [...partnerAuth, validateAndTransformBody(PartnerCancelJob)] },
  {
    method: ["POST"],
    matcher: "/partner/service-jobs/:id/complete",
    middlewares: [...partnerAuth, reportPhotosUpload, validateAndTransformBody(PartnerCompleteJob)],
  },
]
