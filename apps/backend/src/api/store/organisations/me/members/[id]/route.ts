import type { MedusaResponse } from "@medusajs/framework/http"
import { removeOrganisationMemberWorkflow, updateOrganisationMemberWorkflow } from "../../../../../../workflows/organisation/members"
import type { OrganisationRequest } from "../../../tenant"
import type { StoreUpdateMemberType } from "../../../validators"

/** POST /store/organisations/me/members/:id — an admin sets a member's role or spending limit (null: none). */
export async function POST(req: OrganisationRequest<StoreUpdateMemberType>, res: MedusaResponse) {
  const { result } = await updateOrganisationMemberWorkflow(req.scope).run({
    input: { organisation_id: req.organisationMember.organisation_id, member_id: req.params.id, ...req.validatedBody },
  })
  res.json({
    member: {
      id: result.id,
      role: result.role,
      spending_limit:
        result.spending_limit == null
          ? null
          : { amount: Number(result.spending_limit), currency_code: result.spending_limit_currency, period: result.spending_limit_period },
    },
  })
}

/** DELETE /store/organisations/me/members/:id — an admin removes a member (never the last admin). */
export async function DELETE(req: OrganisationRequest, res: MedusaResponse) {
  await removeOrganisationMemberWorkflow(req.scope).run({ input: { organisation_id: req.organisationMember.organisation_id, member_id: req.params.id } })
  res.json({ id: req.params.id, object: "organisation_member", deleted: true })
}
