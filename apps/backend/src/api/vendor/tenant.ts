import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** A /vendor request after the tenant middleware: the caller's manufacturer, resolved once. */
export type VendorRequest = AuthenticatedMedusaRequest & { manufacturerId: string }

/** Resolves the logged-in member's manufacturer; every /vendor route reads only through it. */
export async function resolveManufacturer(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "manufacturer_member",
    fields: ["id", "manufacturer.id"],
    filters: { id: req.auth_context.actor_id },
  })
  const manufacturerId = data[0]?.manufacturer?.id
  if (!manufacturerId) {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "This login does not belong to a manufacturer."))
  }
  ;(req as VendorRequest).manufacturerId = manufacturerId
  next()
}
