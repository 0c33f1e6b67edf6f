import "server-only"
import { cookies } from "next/headers"
import { ONE_YEAR_S } from "./locale"
import { TOKEN_COOKIE } from "./view"
import { getCustomer, retrieveCart } from "./medusa"

const CART_COOKIE = "aem_cart"
const TOKEN_MAX_AGE_S = 24 * 3600

/** Cookies only the server reads: the cart id and the buyer's Medusa token. */
function remember(name: string, value: string, maxAge: number) {
  cookies().set(name, value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge,
    secure: (process.env.STOREFRONT_URL ?? "").startsWith("https://"),
  })
}

export const cartIdCookie = () => cookies().get(CART_COOKIE)?.value ?? null
export const rememberCart = (id: string) => remember(CART_COOKIE, id, ONE_YEAR_S)
export const forgetCart = () => cookies().delete(CART_COOKIE)

export const customerToken = () => cookies().get(TOKEN_COOKIE)?.value ?? null
export const rememberToken = (token: string) => remember(TOKEN_COOKIE, token, TOKEN_MAX_AGE_S)
export const forgetToken = () => cookies().delete(TOKEN_COOKIE)

export async function currentCart() {
  const id = cartIdCookie()
  return id ? retrieveCart(id, customerToken()) : null
}

/** The logged-in buyer, or null (an expired token counts as logged out). */
export async function currentCustomer() {
  const token = customerToken()
  return token ? getCustomer(token) : null
}
