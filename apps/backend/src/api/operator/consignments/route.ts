import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ConsignmentStatus } from "../../../modules/logistics/status"
import type { OperatorRequest } from "../tenant"
import { CONSIGNMENT_LIST_FIELDS, customsAndMakers } from "./query-config"

type ListParams = { status?: ConsignmentStatus; q?: string; limit: number; offset: number }

/** GET /operator/consignments — this park's consignments, newest first, with customs' status. */
export async function GET(req: OperatorRequest, res: MedusaResponse) {
  const { status, q, limit, offset } = req.validatedQuery as ListParams
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "consignment",
    fields: CONSIGNMENT_LIST_FIELDS,
    filters: {
      park_id: req.parkId,
      ...(status && { status }),
      ...(q && { $or: [{ barcode: { $ilike: `%${q}%` } }, { waybill_number: { $ilike: `%${q}%` } }] }),
    },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  const { customsOf, makerOf } = await customsAndMakers(req.scope, data)
  res.json({
    consignments: data.map((c) => ({ ...c, customs_status: customsOf(c).status, manufacturer: makerOf(c) })),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  })
}
