import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seesAll } from "../../../../../modules/organisation/rules"
import { STORE_APPROVAL_FIELDS } from "../../query-config"
import type { OrganisationRequest } from "../../tenant"

/** GET /store/organisations/me/approvals — approval requests, newest first: all for approvers and admins, a buyer's own for a buyer. */
export async function GET(req: OrganisationRequest, res: MedusaResponse) {
  const { organisation_id, role, customer_id } = req.organisationMember
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "organisation_approval",
    fields: STORE_APPROVAL_FIELDS,
    filters: { organisation_id, ...(seesAll(role) ? {} : { requested_by: customer_id }) },
    pagination: { order: { created_at: "DESC" } },
  })
  res.json({ approvals: data.map((a) => ({ ...a, amount: Number(a.amount) })) })
}
