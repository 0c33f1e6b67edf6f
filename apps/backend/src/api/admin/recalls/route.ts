import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { openRecallWorkflow } from "../../../workflows/traceability/open-recall"
import { RECALL_FIELDS, withNoticeCounts } from "../../vendor/recalls/query-config"
import { retrieveRecall } from "./retrieve"
import type { OpenRecallType } from "../../vendor/recalls/validators"

/** GET /admin/recalls — every recall (`?status=open`, `?manufacturer_id=`, `?product_id=`), with acknowledgement counts. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "recall",
    fields: [...RECALL_FIELDS, "notices.acknowledged_at"],
    filters: req.validatedQuery as Record<string, string>,
  })
  res.json({ recalls: data.map(withNoticeCounts) })
}

/** POST /admin/recalls — platform staff recall a product, a lot or a serial range on the manufacturer's behalf. */
export async function POST(req: AuthenticatedMedusaRequest<OpenRecallType>, res: MedusaResponse) {
  const body = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "manufacturer.id"], filters: { id: body.product_id } })
  const manufacturerId = products[0]?.manufacturer?.id
  if (!manufacturerId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${body.product_id} was not found or has no manufacturer`)
  const { result } = await openRecallWorkflow(req.scope).run({
    input: { ...body, productId: body.product_id, manufacturerId, openedBy: req.auth_context.actor_id, openedByType: "user" },
  })
  res.status(201).json({ recall: await retrieveRecall(req, result.id) })
}
