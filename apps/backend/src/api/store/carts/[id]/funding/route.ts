import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { applyEntitlementToCartWorkflow, removeEntitlementFromCartWorkflow } from "../../../../../workflows/funding/apply-to-cart"
import type { StoreApplyEntitlementType } from "./validators"

/**
 * POST /store/carts/:id/funding — apply a beneficiary's entitlement: the programme's share of the eligible lines
 * (within its cap) comes off the cart as a promotion, and the buyer pays the rest. The budget is reserved when the
 * cart is completed; until then the share shown is not promised.
 */
export async function POST(req: MedusaRequest<StoreApplyEntitlementType>, res: MedusaResponse) {
  const { result } = await applyEntitlementToCartWorkflow(req.scope).run({ input: { cart_id: req.params.id, code: req.validatedBody.code } })
  res.json(result)
}

/** DELETE /store/carts/:id/funding — take the entitlement off the cart (the buyer pays in full). */
export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  const { result } = await removeEntitlementFromCartWorkflow(req.scope).run({ input: { cart_id: req.params.id } })
  if (!result) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No entitlement is applied to this cart.")
  res.json({ cart: { id: req.params.id }, funding: null })
}
