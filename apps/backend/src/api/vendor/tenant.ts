import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import ManufacturerOrderLink from "../../links/manufacturer-order"
import ManufacturerProductLink from "../../links/manufacturer-product"
import { newcomerEmail as newcomerEmailOf } from "../newcomer"

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

/** Throws a 404 for the first id that is not this manufacturer's (another's looks like none). */
async function assertOwned(
  req: VendorRequest,
  link: { entryPoint: string },
  key: "product_id" | "order_id",
  ids: string[],
  noun: string
): Promise<void> {
  if (!ids.length) return
  const { data: own } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: link.entryPoint,
    fields: [key],
    filters: { manufacturer_id: req.manufacturerId, [key]: ids },
  })
  const ownIds = new Set(own.map((l) => l[key]))
  const missing = ids.find((id) => !ownIds.has(id))
  if (missing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${noun} ${missing} was not found`)
}

export const assertOwnProducts = (req: VendorRequest, productIds: string[]) =>
  assertOwned(req, ManufacturerProductLink, "product_id", productIds, "Product")

/** A child order of this manufacturer's; the buyer's order and other manufacturers' orders are 404s. */
export const assertOwnOrder = (req: VendorRequest, orderId: string) => assertOwned(req, ManufacturerOrderLink, "order_id", [orderId], "Order")

/** A login not yet tied to a manufacturer (sign-up, accepting an invitation) and the email it registered with. */
export const newcomerEmail = (req: AuthenticatedMedusaRequest) => newcomerEmailOf(req, "a manufacturer")
