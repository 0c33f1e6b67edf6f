import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** An /operator request after the tenant middleware: the operator's park, resolved once. */
export type OperatorRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & { parkId: string; operatorId: string }

/** Resolves the logged-in operator's park; every /operator route reads only through it. */
export async function resolvePark(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "operator",
    fields: ["id", "park.id"],
    filters: { id: req.auth_context.actor_id },
  })
  const parkId = data[0]?.park?.id
  if (!parkId) return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "This login does not belong to a park's operator."))
  Object.assign(req, { parkId, operatorId: data[0].id })
  next()
}
