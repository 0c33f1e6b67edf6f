import { redirect } from "next/navigation"
import { completeCart } from "@/lib/payment"
import { cartIdCookie, forgetCart } from "@/lib/session"

export const dynamic = "force-dynamic"

/** Stripe's return URL after the Payment Element confirmed the payment: place the order. */
export async function GET(_req: Request, { params }: { params: { countryCode: string } }) {
  const cc = params.countryCode
  const cartId = cartIdCookie()
  const order = cartId ? await completeCart(cartId) : null
  if (!order) redirect(`/${cc}/checkout?error=payment#payment`)
  forgetCart()
  redirect(`/${cc}/order/${order.id}/confirmed`)
}
