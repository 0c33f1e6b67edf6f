import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import ManufacturerProductLink from "../../links/manufacturer-product"

/** A /vendor request after the tenant middleware: the caller's manufacturer and role, resolved once. */
export type VendorRequest = AuthenticatedMedusaRequest & { manufacturerId: string; memberRole: "owner" | "staff" }

/** Resolves the logged-in member's manufacturer; every /vendor route reads only through it. */
export async function resolveManufacturer(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "manufacturer_member",
    fields: ["id", "role", "manufacturer.id"],
    filters: { id: req.auth_context.actor_id },
  })
  const manufacturerId = data[0]?.manufacturer?.id
  if (!manufacturerId) {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "This login does not belong to a manufacturer."))
  }
  Object.assign(req, { manufacturerId, memberRole: data[0].role })
  next()
}

/** Throws a 404 for the first product that is not this manufacturer's (another's looks like none). */
export async function assertOwnProducts(req: VendorRequest, productIds: string[]): Promise<void> {
  if (!productIds.length) return
  const { data: own } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: ManufacturerProductLink.entryPoint,
    fields: ["product_id"],
    filters: { manufacturer_id: req.manufacturerId, product_id: productIds },
  })
  const ownIds = new Set(own.map((l) => l.product_id))
  const missing = productIds.find((id) => !ownIds.has(id))
  if (missing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${missing} was not found`)
}

/**
 * For sign-up and accepting an invitation: a login not yet tied to a manufacturer, and the email it
 * registered with.
 */
export async function newcomerEmail(req: AuthenticatedMedusaRequest): Promise<string | undefined> {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This login already belongs to a manufacturer.")
  }
  const identity = await req.scope
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  return identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
}
