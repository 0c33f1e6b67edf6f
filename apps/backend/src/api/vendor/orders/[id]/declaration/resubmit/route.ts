import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { resubmitDeclarationWorkflow } from "../../../../../../workflows/customs/resubmit-declaration"
import { assertOwnOrder, type VendorRequest } from "../../../../tenant"
import type { VendorResubmitDeclarationType } from "../../../../validators"
import { VENDOR_ORDER_FIELDS, vendorOrder } from "../../../query-config"

/**
 * POST /vendor/orders/:id/declaration/resubmit { version } — after correcting what customs refused
 * (or what kept the declaration from being built), declare it again as a new version.
 */
export async function POST(req: VendorRequest & { validatedBody: VendorResubmitDeclarationType }, res: MedusaResponse) {
  await assertOwnOrder(req, req.params.id)
  const { result } = await resubmitDeclarationWorkflow(req.scope).run({
    input: { orderId: req.params.id, version: req.validatedBody.version, by: `manufacturer_member:${req.auth_context.actor_id}` },
  })
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: VENDOR_ORDER_FIELDS, filters: { id: req.params.id } })
  res.status(result.resubmitted ? 202 : 200).json({ resubmitted: result.resubmitted, order: vendorOrder(data[0]) })
}
