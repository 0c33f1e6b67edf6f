import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { DELIVERY_TERMS_CART_FIELDS, planDeliveryTerms, recordedTerms, type DeliveryTermsCart } from "../../../../../workflows/landed-cost/delivery-terms"
import { setDeliveryTermsWorkflow } from "../../../../../workflows/landed-cost/set-delivery-terms"
import { STORE_CART_TOTALS_FIELDS } from "./query-config"
import type { StoreSetDeliveryTermsType } from "./validators"

const today = () => new Date().toISOString().slice(0, 10)

/** The cart (only its buyer gets this far: buyer-access.ts); a completed cart is an order now. */
async function openCart(req: AuthenticatedMedusaRequest): Promise<DeliveryTermsCart> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: DELIVERY_TERMS_CART_FIELDS, filters: { id: req.params.id } })
  const cart = data[0] as (DeliveryTermsCart & { completed_at?: Date | null }) | undefined
  if (!cart || cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${req.params.id} was not found`)
  return cart
}

/**
 * GET /store/carts/:id/delivery-terms — the duty and import VAT breakdown under both terms, what is
 * payable now and on delivery, and whether DDP can be chosen (and if not, why).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const cart = await openCart(req)
  const date = today()
  const dap = planDeliveryTerms(cart, "DAP", date)
  const ddp = planDeliveryTerms(cart, "DDP", date)
  res.json({
    delivery_terms: {
      chosen: cart.metadata?.delivery_terms ? recordedTerms(cart) : null,
      dap: dap.record,
      ddp: ddp.refusal ? null : ddp.record,
      ddp_refusal: ddp.refusal ?? null,
    },
  })
}

/**
 * POST /store/carts/:id/delivery-terms {terms} — the buyer chooses DAP or DDP. Under DDP (and for VAT a
 * scheme such as IOSS collects at sale) the duties and taxes become one cart line computed here; DAP
 * adds nothing. DDP where the market or the data does not allow it is a 400 saying why.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreSetDeliveryTermsType>, res: MedusaResponse) {
  await openCart(req)
  const { result } = await setDeliveryTermsWorkflow(req.scope).run({ input: { cart_id: req.params.id, terms: req.validatedBody.terms } })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: STORE_CART_TOTALS_FIELDS, filters: { id: req.params.id } })
  res.json({ delivery_terms: result.record, cart: data[0] })
}
