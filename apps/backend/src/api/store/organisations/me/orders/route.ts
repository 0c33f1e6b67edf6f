import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STORE_ORGANISATION_ORDER_FIELDS } from "../../query-config"
import { visibleOrderIds, type OrganisationRequest } from "../../tenant"

/** GET /store/organisations/me/orders — the organisation's orders, newest first: all for admins and approvers, a buyer's own. */
export async function GET(req: OrganisationRequest, res: MedusaResponse) {
  const ids = await visibleOrderIds(req)
  const { data } = ids.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: STORE_ORGANISATION_ORDER_FIELDS,
        filters: { id: ids },
        pagination: { order: { created_at: "DESC" } },
      })
    : { data: [] }
  res.json({ orders: data })
}
