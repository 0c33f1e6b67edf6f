import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { PartnerStatus } from "../../modules/service-partner/status"
import { newcomerEmail as newcomerEmailOf } from "../newcomer"

/** A /partner request after the tenant middleware: the member's service partner, resolved once. */
export type PartnerRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & { partnerId: string; memberId: string; partnerStatus: PartnerStatus }

/** Resolves the logged-in member's service partner; every /partner route reads only through it. */
export async function resolveServicePartner(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "partner_member",
    fields: ["id", "partner.id", "partner.status"],
    filters: { id: req.auth_context.actor_id },
  })
  const partner = data[0]?.partner
  if (!partner) return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "This login does not belong to a service partner."))
  Object.assign(req, { partnerId: partner.id, memberId: data[0].id, partnerStatus: partner.status })
  next()
}

/** A login not yet tied to a service partner (sign-up, accepting an invitation) and the email it registered with. */
export const newcomerEmail = (req: AuthenticatedMedusaRequest) => newcomerEmailOf(req, "a service partner")
