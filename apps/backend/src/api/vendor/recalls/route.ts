import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { openRecallWorkflow } from "../../../workflows/traceability/open-recall"
import { assertOwnProducts, type VendorRequest } from "../tenant"
import { RECALL_FIELDS, VENDOR_NOTICE_FIELDS, withNoticeCounts } from "./query-config"
import type { OpenRecallType } from "./validators"

/** GET /vendor/recalls — this manufacturer's recalls, with how many buyers were told and have acknowledged. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "recall",
    fields: [...RECALL_FIELDS, "notices.acknowledged_at"],
    filters: { manufacturer_id: req.manufacturerId },
  })
  res.json({ recalls: data.map(withNoticeCounts) })
}

/** POST /vendor/recalls — the manufacturer recalls one of its products, a lot or a serial range. */
export async function POST(req: VendorRequest & { validatedBody: OpenRecallType }, res: MedusaResponse) {
  const body = req.validatedBody
  await assertOwnProducts(req, [body.product_id])
  const { result } = await openRecallWorkflow(req.scope).run({
    input: { ...body, productId: body.product_id, manufacturerId: req.manufacturerId, openedBy: req.auth_context.actor_id, openedByType: "manufacturer" },
  })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "recall",
    fields: [...RECALL_FIELDS, ...VENDOR_NOTICE_FIELDS],
    filters: { id: result.id },
  })
  res.status(201).json({ recall: withNoticeCounts(data[0]) })
}
