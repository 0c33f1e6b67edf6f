import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { invitationStatus } from "../../../../workflows/steps/invitation"
import { STORE_ORGANISATION_FIELDS } from "../query-config"
import type { OrganisationRequest } from "../tenant"

/** GET /store/organisations/me — the caller's organisation, its review, members, addresses and documents; open invitations for admins. */
export async function GET(req: OrganisationRequest, res: MedusaResponse) {
  const { organisation_id, role, id } = req.organisationMember
  const isAdmin = role === "admin"
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "organisation",
    fields: [...STORE_ORGANISATION_FIELDS, ...(isAdmin ? ["invites.id", "invites.email", "invites.role", "invites.expires_at", "invites.accepted_at"] : [])],
    filters: { id: organisation_id },
  })
  const { invites, ...organisation } = data[0] as unknown as Record<string, unknown> & { invites?: { id: string; email: string; role: string; expires_at: Date; accepted_at: Date | null }[] }
  res.json({
    organisation: {
      ...organisation,
      ...(isAdmin ? { invites: (invites ?? []).filter((i) => invitationStatus(i) === "open").map(({ accepted_at: _a, ...i }) => i) } : {}),
    },
    membership: { id, role },
  })
}
