import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import OrganisationOrderLink from "../../../links/organisation-order"
import { seesAll, type MemberRole } from "../../../modules/organisation/rules"

/** A /store/organisations/me request after the tenant middleware: the caller's membership, resolved once. */
export type OrganisationRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & {
  organisationMember: { id: string; role: MemberRole; customer_id: string; organisation_id: string; organisation_name: string; country_code: string; status: string }
}

/** Resolves the signed-in customer's organisation; every /store/organisations/me route reads only through it. */
export async function resolveOrganisation(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "organisation_member",
    fields: ["id", "role", "customer_id", "organisation.id", "organisation.name", "organisation.country_code", "organisation.status"],
    filters: { customer_id: req.auth_context.actor_id },
  })
  const member = data[0]
  if (!member?.organisation) {
    return next(
      new MedusaError(MedusaError.Types.NOT_FOUND, "You are not a member of an organisation: register one (POST /store/organisations) or accept an invitation.")
    )
  }
  const { organisation } = member
  Object.assign(req, {
    organisationMember: {
      id: member.id,
      role: member.role,
      customer_id: member.customer_id,
      organisation_id: organisation.id,
      organisation_name: organisation.name,
      country_code: organisation.country_code,
      status: organisation.status,
    },
  })
  next()
}

/** Only the organisation's admins may `what` (members, addresses, documents). */
export const onlyAdmins = (what: string) => (req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) =>
  next(
    (req as OrganisationRequest).organisationMember.role === "admin"
      ? undefined
      : new MedusaError(MedusaError.Types.NOT_ALLOWED, `Only the organisation's admins ${what}.`)
  )

/**
 * The organisation's orders this member may see: admins and approvers all, a buyer their own. Another
 * organisation's order, or a colleague's for a buyer, is not among them (a 404 where one is asked for).
 */
export async function visibleOrderIds(req: OrganisationRequest, orderId?: string): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { organisation_id, role, customer_id } = req.organisationMember
  const { data: links } = await query.graph({
    entity: OrganisationOrderLink.entryPoint,
    fields: ["order_id"],
    filters: { organisation_id, ...(orderId ? { order_id: orderId } : {}) },
  })
  const ids = links.map((l) => l.order_id as string)
  if (!ids.length || seesAll(role)) return ids
  const { data: own } = await query.graph({ entity: "order", fields: ["id"], filters: { id: ids, customer_id } })
  return own.map((o) => o.id)
}
