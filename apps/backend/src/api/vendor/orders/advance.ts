import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { advanceChildOrderWorkflow } from "../../../workflows/order-group/advance-child-order"
import { assertOwnOrder, type VendorRequest } from "../tenant"
import { VENDOR_ORDER_FIELDS, vendorOrder } from "./query-config"

/** The handler of POST /vendor/orders/:id/{confirm,ready-for-handoff}. */
export const advanceOrderTo = (to: "confirmed" | "ready_for_handoff") => async (req: VendorRequest, res: MedusaResponse) => {
  await assertOwnOrder(req, req.params.id)
  await advanceChildOrderWorkflow(req.scope).run({
    input: { orderId: req.params.id, manufacturerId: req.manufacturerId, to, actorId: req.auth_context.actor_id },
  })
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: VENDOR_ORDER_FIELDS, filters: { id: req.params.id } })
  res.json({ order: vendorOrder(data[0]) })
}
