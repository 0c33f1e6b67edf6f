import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { OPERATOR_ACTOR } from "../../workflows/logistics/parks"
import { RecordUnits } from "../vendor/units/validators"
import { resolvePark } from "./tenant"
import {
  OperatorAcceptInvite, OperatorHandOver, OperatorListConsignmentsParams, OperatorReceiveConsignment, OperatorRecordException, OperatorRecordPackages,
  OperatorResolveException, OperatorWaybillCorrection,
} from "./validators"

const operatorAuth = [authenticate(OPERATOR_ACTOR, ["bearer", "session"]), resolvePark]
// For a login that is no park's operator yet (accepting an invitation).
const newcomerAuth = authenticate(OPERATOR_ACTOR, ["bearer"], { allowUnregistered: true })

export const operatorMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/operator/invites/accept", middlewares: [newcomerAuth, validateAndTransformBody(OperatorAcceptInvite)] },
  { method: ["GET"], matcher: "/operator/me", middlewares: operatorAuth },
  {
    method: ["GET"],
    matcher: "/operator/consignments",
    middlewares: [...operatorAuth, validateAndTransformQuery(OperatorListConsignmentsParams, { defaults: [], isList: true })],
  },
  { method: ["POST"], matcher: "/operator/consignments/receive", middlewares: [...operatorAuth, validateAndTransformBody(OperatorReceiveConsignment)] },
  { method: ["GET"], matcher: "/operator/consignments/:id", middlewares: operatorAuth },
  { method: ["POST"], matcher: "/operator/consignments/:id/packages", middlewares: [...operatorAuth, validateAndTransformBody(OperatorRecordPackages)] },
  { method: ["GET"], matcher: "/operator/consignments/:id/label", middlewares: operatorAuth },
  { method: ["GET"], matcher: "/operator/consignments/:id/packing-list", middlewares: operatorAuth },
  { method: ["POST"], matcher: "/operator/consignments/:id/hand-over", middlewares: [...operatorAuth, validateAndTransformBody(OperatorHandOver)] },
  {
    method: ["POST"],
    matcher: "/operator/consignments/:id/waybill-correction",
    middlewares: [...operatorAuth, validateAndTransformBody(OperatorWaybillCorrection)],
  },
  { method: ["POST"], matcher: "/operator/consignments/:id/units", middlewares: [...operatorAuth, validateAndTransformBody(RecordUnits)] },
  { method: ["POST"], matcher: "/operator/consignments/:id/exceptions", middlewares: [...operatorAuth, validateAndTransformBody(OperatorRecordException)] },
  {
    method: ["POST"],
    matcher: "/operator/consignments/:id/exceptions/:exception_id/resolve",
    middlewares: [...operatorAuth, validateAndTransformBody(OperatorResolveException)],
  },
]
