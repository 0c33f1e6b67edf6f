import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules, PromotionActions, RuleType } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  batchPromotionRulesWorkflow,
  createPromotionsWorkflow,
  updateCartPromotionsWorkflow,
  updateCartWorkflow,
  updatePromotionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { adjustedFor, CART_ENTITLEMENT_KEY, entitlementForCart, fundingCart } from "./cart-funding"
import { funding } from "./programmes"

type Container = MedusaContainer

/**
 * The entitlement's promotion (its code the entitlement's), set to fund exactly `amount` across the cart's eligible
 * products: Medusa then computes the cart's totals, taxes and the order's discount as for any promotion.
 */
async function setEntitlementPromotion(container: Container, code: string, amount: number, currency: string, productIds: string[]) {
  const promotions = container.resolve(Modules.PROMOTION)
  const [existing] = await promotions.listPromotions({ code }, { relations: ["application_method", "application_method.target_rules"] })
  const targetRule = { attribute: "items.product.id", operator: "in" as const, values: productIds }
  if (!existing) {
    await createPromotionsWorkflow(container).run({
      input: {
        promotionsData: [
          {
            code,
            type: "standard",
            status: "active",
            is_automatic: false,
            application_method: { type: "fixed", target_type: "items", allocation: "across", value: amount, currency_code: currency, target_rules: [targetRule] },
          },
        ],
      },
    })
    return
  }
  await updatePromotionsWorkflow(container).run({ input: { promotionsData: [{ id: existing.id, application_method: { value: amount, currency_code: currency } }] } })
  await batchPromotionRulesWorkflow(container).run({
    input: {
      id: existing.id,
      rule_type: RuleType.TARGET_RULES,
      create: [targetRule],
      delete: (existing.application_method?.target_rules ?? []).map((r) => r.id),
    },
  })
}

async function setCartEntitlement(container: Container, cartId: string, metadata: Record<string, unknown>, entitlementId: string) {
  await updateCartWorkflow(container).run({ input: { id: cartId, metadata: { ...metadata, [CART_ENTITLEMENT_KEY]: entitlementId } } })
}

type Applied = { cart_id: string; code: string; entitlement_id: string; previous_cart_id: string | null; metadata: Record<string, unknown> }

const applyEntitlementStep = createStep(
  "apply-funding-entitlement",
  async ({ cart_id, code }: { cart_id: string; code: string }, { container }) => {
    const cart = await fundingCart(container, cart_id)
    if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart is an order already.")
    const metadata = (cart.metadata ?? {}) as Record<string, unknown>
    const applied = metadata[CART_ENTITLEMENT_KEY] as string | undefined
    const { entitlement, programme, lines, amount } = await entitlementForCart(container, cart, { code })
    if (applied && applied !== entitlement.id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Another entitlement is applied to this cart: take it off first (DELETE /store/carts/:id/funding).")
    }
    if (Number(programme.budget_remaining) < amount) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${programme.name}'s remaining budget cannot cover this cart's funded share.`)
    }
    await setEntitlementPromotion(container, entitlement.code, amount, programme.currency_code, [...new Set(lines.map((l) => l.product_id))])
    await funding(container).updateFundingEntitlements({ id: entitlement.id, cart_id })
    await setCartEntitlement(container, cart_id, metadata, entitlement.id)
    await updateCartPromotionsWorkflow(container).run({ input: { cart_id, promo_codes: [entitlement.code], action: PromotionActions.ADD } })

    const after = await fundingCart(container, cart_id)
    const undo: Applied = { cart_id, code: entitlement.code, entitlement_id: entitlement.id, previous_cart_id: entitlement.cart_id ?? null, metadata }
    return new StepResponse(
      {
        cart: { id: cart_id },
        funding: {
          entitlement: { id: entitlement.id, code: entitlement.code, beneficiary_name: entitlement.beneficiary_name },
          programme: { id: programme.id, name: programme.name, funder_name: programme.funder_name, share_percent: programme.share_percent },
          funded_amount: adjustedFor(after, entitlement.code),
          currency_code: programme.currency_code,
          lines,
        },
      },
      undo
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    await updateCartPromotionsWorkflow(container).run({ input: { cart_id: undo.cart_id, promo_codes: [undo.code], action: PromotionActions.REMOVE } })
    await updateCartWorkflow(container).run({ input: { id: undo.cart_id, metadata: { ...undo.metadata, [CART_ENTITLEMENT_KEY]: "" } } })
    await funding(container).updateFundingEntitlements({ id: undo.entitlement_id, cart_id: undo.previous_cart_id })
  }
)

export const applyEntitlementToCartWorkflow = createWorkflow("apply-funding-entitlement", (input: { cart_id: string; code: string }) =>
  new WorkflowResponse(applyEntitlementStep(input))
)

const removeEntitlementStep = createStep("remove-funding-entitlement", async ({ cart_id }: { cart_id: string }, { container }) => {
  const cart = await fundingCart(container, cart_id)
  const metadata = (cart.metadata ?? {}) as Record<string, unknown>
  const entitlementId = metadata[CART_ENTITLEMENT_KEY] as string | undefined
  if (!entitlementId || cart.completed_at) return new StepResponse(false)
  const [entitlement] = await funding(container).listFundingEntitlements({ id: entitlementId })
  if (entitlement) {
    await updateCartPromotionsWorkflow(container).run({ input: { cart_id, promo_codes: [entitlement.code], action: PromotionActions.REMOVE } })
    if (entitlement.cart_id === cart_id) await funding(container).updateFundingEntitlements({ id: entitlement.id, cart_id: null })
  }
  await updateCartWorkflow(container).run({ input: { id: cart_id, metadata: { ...metadata, [CART_ENTITLEMENT_KEY]: "" } } })
  return new StepResponse(true)
})

export const removeEntitlementFromCartWorkflow = createWorkflow("remove-funding-entitlement", (input: { cart_id: string }) =>
  new WorkflowResponse(removeEntitlementStep(input))
)
