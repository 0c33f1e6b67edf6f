import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { liftProductHoldWorkflow } from "../../../../../workflows/supervision/lift-product-hold"
import { findOr404 } from "../../../../private-file"
import { ADMIN_PRODUCT_HOLD_FIELDS } from "../../query-config"
import type { AdminLiftProductHoldType } from "../../validators"

/** POST /admin/product-holds/:id/lift — platform staff lift a hold with a reason, where its rule allows it. */
export async function POST(req: AuthenticatedMedusaRequest<AdminLiftProductHoldType>, res: MedusaResponse) {
  const load = () => findOr404(req, "product_hold", ADMIN_PRODUCT_HOLD_FIELDS, { id: req.params.id }, `Hold ${req.params.id}`)
  await load()
  await liftProductHoldWorkflow(req.scope).run({ input: { id: req.params.id, liftedBy: req.auth_context.actor_id, reason: req.validatedBody.reason } })
  res.json({ product_hold: await load() })
}
