import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { acceptOrganisationInviteWorkflow } from "../../../../../../workflows/organisation/members"

/** POST /store/organisations/invites/:token/accept — the signed-in customer, registered with the invited email, joins. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "customer", fields: ["email"], filters: { id: customerId } })
  const { result } = await acceptOrganisationInviteWorkflow(req.scope).run({ input: { token: req.params.token, customer_id: customerId, email: data[0]?.email ?? "" } })
  res.json({ membership: { id: result.id, role: result.role, organisation_id: result.organisation_id } })
}
