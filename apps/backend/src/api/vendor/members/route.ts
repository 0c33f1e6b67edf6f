import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorRequest } from "../tenant"

/** GET /vendor/members — the manufacturer's team and the invitations still open. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "manufacturer",
    fields: ["members.id", "members.email", "members.first_name", "members.last_name", "members.role", "invites.id", "invites.email", "invites.expires_at", "invites.accepted_at"],
    filters: { id: req.manufacturerId },
  })
  const now = Date.now()
  res.json({
    members: data[0]?.members ?? [],
    // The token stays out: it is the invitee's key, sent only by email.
    open_invites: (data[0]?.invites ?? []).filter((i) => i && !i.accepted_at && new Date(i.expires_at as Date).getTime() > now),
  })
}
