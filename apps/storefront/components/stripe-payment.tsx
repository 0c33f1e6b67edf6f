import { getTranslations } from "next-intl/server"
import { StripeElement } from "./stripe-element"
import { StoreApiError } from "@/lib/medusa"
import { startPayment, STRIPE_PROVIDER, stripePublishableKey } from "@/lib/payment"
import { currentLocale, siteOrigin } from "@/lib/request"
import { currentCart, customerToken } from "@/lib/session"

/** Starts the cart's Stripe session on the server and hands its client secret to the Payment Element. */
export async function StripePayment({ countryCode }: { countryCode: string }) {
  const [cart, t, locale] = await Promise.all([currentCart(), getTranslations("checkout"), currentLocale()])
  let session
  try {
    session = await startPayment(cart!.id, STRIPE_PROVIDER, customerToken())
  } catch (e) {
    // Stripe out of reach (the backend's 503): the rest of the page stays usable and says when to come back.
    if (e instanceof StoreApiError && e.status === 503) return <p role="alert">{t("error.payment_unavailable")}</p>
    throw e
  }
  return (
    <StripeElement
      publishableKey={stripePublishableKey()!}
      clientSecret={String(session.data.client_secret)}
      locale={locale}
      returnUrl={`${siteOrigin()}/${countryCode}/checkout/complete`}
      labels={{ pay: t("pay"), failed: t("error.payment") }}
    />
  )
}
