"use client"
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
// The pure entry loads Stripe.js only when a payment form is shown, not on import.
import { loadStripe } from "@stripe/stripe-js/pure"
import type { StripeElementLocale } from "@stripe/stripe-js"
import { useMemo, useState, type FormEvent } from "react"

type Props = { publishableKey: string; clientSecret: string; locale: string; returnUrl: string; labels: { pay: string; failed: string } }

export function StripeElement({ publishableKey, clientSecret, locale, returnUrl, labels }: Props) {
  const stripe = useMemo(() => loadStripe(publishableKey), [publishableKey])
  return (
    <Elements stripe={stripe} options={{ clientSecret, locale: locale as StripeElementLocale }}>
      <PayForm returnUrl={returnUrl} labels={labels} />
    </Elements>
  )
}

function PayForm({ returnUrl, labels }: Pick<Props, "returnUrl" | "labels">) {
  const stripe = useStripe()
  const elements = useElements()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  async function pay(e: FormEvent) {
    e.preventDefault()
    if (!stripe || !elements) return
    setBusy(true)
    // Stripe sends the buyer back to returnUrl, whose route places the order.
    const result = await stripe.confirmPayment({ elements, confirmParams: { return_url: returnUrl } })
    setError(result.error?.message ?? labels.failed)
    setBusy(false)
  }
  return (
    <form onSubmit={pay}>
      <PaymentElement />
      {error && <p role="alert" className="error">{error}</p>}
      <button type="submit" className="primary" disabled={!stripe || busy}>{labels.pay}</button>
    </form>
  )
}
