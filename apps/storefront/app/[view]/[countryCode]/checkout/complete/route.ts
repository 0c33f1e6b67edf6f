import { redirect } from "next/navigation"
import { completeCartOrAskApproval, confirmationPath } from "@/lib/payment"
import { cartIdCookie, customerToken, forgetCart } from "@/lib/session"

export const dynamic = "force-dynamic"

/** Stripe's return URL after the Payment Element confirmed the payment: place the order. */
export async function GET(_req: Request, { params }: { params: { countryCode: string } }) {
  const cc = params.countryCode
  const cartId = cartIdCookie()
  const placed = cartId ? await completeCartOrAskApproval(cc, cartId, customerToken()) : null
  if (!placed) redirect(`/${cc}/checkout?error=payment#payment`)
  forgetCart()
  redirect(confirmationPath(cc, placed))
}
