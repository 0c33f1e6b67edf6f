import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { CART_ORGANISATION_KEY } from "../../../../../workflows/organisation/spending"

async function cartMetadata(req: AuthenticatedMedusaRequest) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["metadata"], filters: { id: req.params.id } })
  return (data[0]?.metadata ?? {}) as Record<string, unknown>
}

/**
 * POST /store/carts/:id/organisation — check this cart out for the caller's organisation (verified, and they a
 * member): its order is the organisation's, and the caller's spending limit applies.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "organisation_member",
    fields: ["organisation.id", "organisation.name", "organisation.status"],
    filters: { customer_id: req.auth_context.actor_id },
  })
  const organisation = data[0]?.organisation
  if (!organisation) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You are not a member of an organisation: register one (POST /store/organisations) or accept an invitation.")
  }
  if (organisation.status !== "verified") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${organisation.name} is ${organisation.status}, not verified: its members check out for it once platform staff have verified it.`
    )
  }
  await updateCartWorkflow(req.scope).run({ input: { id: req.params.id, metadata: { ...(await cartMetadata(req)), [CART_ORGANISATION_KEY]: organisation.id } } })
  res.json({ cart: { id: req.params.id, organisation: { id: organisation.id, name: organisation.name } } })
}

/** DELETE /store/carts/:id/organisation — check the cart out for oneself again. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  // An empty value: Medusa drops the key where it merges metadata, and an empty one names no organisation where it replaces it.
  await updateCartWorkflow(req.scope).run({ input: { id: req.params.id, metadata: { ...(await cartMetadata(req)), [CART_ORGANISATION_KEY]: "" } } })
  res.json({ cart: { id: req.params.id, organisation: null } })
}
