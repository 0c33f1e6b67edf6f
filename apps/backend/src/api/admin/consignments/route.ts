import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ConsignmentStatus } from "../../../modules/logistics/status"
import { CONSIGNMENT_LIST_FIELDS, customsAndMakers } from "../../operator/consignments/query-config"

/** GET /admin/consignments?park_id=&status=&order_id= — platform staff see every park's consignments. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { park_id, status, order_id, limit, offset } = req.validatedQuery as { park_id?: string; status?: ConsignmentStatus; order_id?: string; limit: number; offset: number }
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "consignment",
    fields: [...CONSIGNMENT_LIST_FIELDS, "park.code", "fulfillment_id", "manifest_sent_at"],
    filters: { ...(park_id && { park_id }), ...(status && { status }), ...(order_id && { order_id }) },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  const { customsOf, makerOf } = await customsAndMakers(req.scope, data)
  res.json({ consignments: data.map((c) => ({ ...c, customs_status: customsOf(c).status, manufacturer: makerOf(c) })), count: metadata?.count ?? data.length, limit, offset })
}
