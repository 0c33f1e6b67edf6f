import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createHmac, timingSafeEqual } from "crypto"

/** The header a guest sends the order's own secret in (the storefront takes it from the confirmation link). */
export const ORDER_TOKEN_HEADER = "x-order-token"

type StoreRequest = MedusaRequest & Partial<Pick<AuthenticatedMedusaRequest, "auth_context">>

const notFound = (noun: string, id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `${noun} ${id} was not found`)

const jwtSecret = (req: MedusaRequest) => String(req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret)

/**
 * A buyer's order's own secret: an HMAC of its id under the installation's JWT secret, kept apart from
 * tokens by its label. Nothing is stored; it is handed out only to whoever completed the cart the order
 * came from, so a child order (made later, by the split) never has one in anyone's hands.
 */
export function orderToken(secret: string, orderId: string): string {
  return createHmac("sha256", secret).update(`aem:order-access:${orderId}`).digest("base64url")
}

function holdsOrderToken(req: MedusaRequest, orderId: string): boolean {
  const given = req.headers[ORDER_TOKEN_HEADER]
  if (typeof given !== "string") return false
  const expected = Buffer.from(orderToken(jwtSecret(req), orderId))
  const actual = Buffer.from(given)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/**
 * A buyer's order is the logged-in customer's who owns it, or a guest's who holds its secret; child orders
 * (one per manufacturer, made by the split) are nobody's on /store. Anything else looks like no order at all.
 */
export async function assertBuyerOrder(req: StoreRequest, orderId: string): Promise<void> {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "customer_id", "metadata", "child_order.id"],
    filters: { id: orderId },
  })
  const order = data[0] as { customer_id?: string | null; metadata?: { buyer_order_id?: string } | null; child_order?: { id: string } | null } | undefined
  const isChild = !!order?.child_order?.id || !!order?.metadata?.buyer_order_id
  const actorId = req.auth_context?.actor_id
  const owner = !!order?.customer_id && !!actorId && order.customer_id === actorId
  if (!order || isChild || !(owner || holdsOrderToken(req, orderId))) throw notFound("Order", orderId)
}

/**
 * A cart of a registered customer is theirs alone. A guest's cart (Medusa gives it a customer without an
 * account once it has an email) is reached by its id, as Medusa means it to be: the id is the guest's key.
 */
export async function assertBuyerCart(req: StoreRequest, cartId: string): Promise<void> {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "customer_id", "customer.has_account"],
    filters: { id: cartId },
  })
  const cart = data[0] as { customer_id?: string | null; customer?: { has_account?: boolean } | null } | undefined
  if (!cart || (cart.customer?.has_account && cart.customer_id !== req.auth_context?.actor_id)) throw notFound("Cart", cartId)
}

/**
 * A guest may not give a cart the email of a registered customer: Medusa would make the cart that customer's, and
 * a registered buyer's cart answers only them, so the guest would lose it. They log in, or give another email.
 */
export async function refuseAnotherAccountsEmail(req: StoreRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const email = (req.body as { email?: unknown } | undefined)?.email
  if (typeof email !== "string" || !email) return next()
  try {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "customer",
      fields: ["id"],
      filters: { email: [...new Set([email, email.trim().toLowerCase()])], has_account: true },
    })
    const account = data.find((c) => c.id === req.auth_context?.actor_id) ?? data[0]
    if (account && account.id !== req.auth_context?.actor_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `An account uses ${email}: log in to check out with it, or give another email.`, EMAIL_HAS_ACCOUNT)
    }
    next()
  } catch (e) {
    next(e)
  }
}

/** The error code of that refusal, which the storefront turns into its own words. */
export const EMAIL_HAS_ACCOUNT = "email_has_account"

/** A payment collection is its cart's (at checkout) or its order's. */
async function assertBuyerPaymentCollection(req: StoreRequest, id: string): Promise<void> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: carts }, { data: orders }] = await Promise.all([
    query.graph({ entity: "cart_payment_collection", fields: ["cart_id"], filters: { payment_collection_id: id } }),
    query.graph({ entity: "order_payment_collection", fields: ["order_id"], filters: { payment_collection_id: id } }),
  ])
  if (carts[0]) return assertBuyerCart(req, carts[0].cart_id)
  if (orders[0]) return assertBuyerOrder(req, orders[0].order_id)
  throw notFound("Payment collection", id)
}

type Where = (req: StoreRequest) => unknown

/** A middleware that lets the request on only if the id found `where` is the requester's (else a 404). */
const guard = (assert: (req: StoreRequest, id: string) => Promise<void>, where: Where) =>
  async (req: StoreRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const id = where(req)
    // No id (or not a string): the route's own validation answers.
    if (typeof id !== "string") return next()
    try {
      await assert(req, id)
      next()
    } catch (e) {
      next(e)
    }
  }

const param: Where = (req) => req.params.id
const bodyField = (name: string): Where => (req) => (req.body as Record<string, unknown> | undefined)?.[name]
const queryField = (name: string): Where => (req) => req.query[name]

export const ownOrderInPath = guard(assertBuyerOrder, param)
export const ownOrderInBody = guard(assertBuyerOrder, bodyField("order_id"))
export const ownCartInPath = guard(assertBuyerCart, param)
export const ownCartInBody = guard(assertBuyerCart, bodyField("cart_id"))
export const ownCartInQuery = guard(assertBuyerCart, queryField("cart_id"))
export const ownPaymentCollectionInPath = guard(assertBuyerPaymentCollection, param)

/**
 * On cart completion: the placed order's answer carries the order's secret (`order_token`), which the
 * storefront puts in the confirmation link, so a guest can come back to the order.
 */
export function issueOrderToken(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = (body: { type?: string; order?: { id?: string } }) =>
    json(body?.type === "order" && body.order?.id ? { ...body, order_token: orderToken(jwtSecret(req), body.order.id) } : body)
  next()
}
