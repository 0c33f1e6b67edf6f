/* global window, document, location */
/**
 * Stripe.js double: js.stripe.com cannot be reached from here, so the browser tests answer its script URL
 * with this file (stripe-payment.test.ts routes it). It implements what @stripe/react-stripe-js and the
 * storefront's Payment Element use — Stripe(pk), elements({clientSecret, locale}), elements.create("payment"),
 * mount, on/off("ready"|"change"), confirmPayment({elements, confirmParams: {return_url}, redirect}) —
 * and nothing more. Unlike Stripe's iframe, its card fields are plain labelled inputs in the page, so the
 * tests can type into them and axe sees them. Confirming calls Stripe's API as Stripe.js does (the test
 * routes api.stripe.com to the Stripe API double) with Stripe's test payment method for the card number,
 * then sends the buyer to return_url with the query Stripe adds.
 */
;(function () {
  const API = "https://api.stripe.com/v1"
  // Stripe's test card numbers and the test payment methods that stand for them.
  const TEST_CARDS = { "4242424242424242": "pm_card_visa", "4000000000000002": "pm_card_chargeDeclined" }
  const unsupported = (name) => () => Promise.reject(new Error(`${name} is not part of the Stripe.js double`))

  /** The Payment Element, card only: number, expiry and CVC, each a labelled input. */
  function createPaymentElement() {
    const listeners = {}
    const emit = (event, payload) => (listeners[event] || []).forEach((cb) => cb(payload))
    let root = null
    const inputs = {}
    const digits = () => (inputs.number ? inputs.number.value.replace(/\D/g, "") : "")
    const complete = () => digits().length >= 15 && /^\d{2}\s*\/\s*\d{2}$/.test(inputs.expiry.value.trim()) && /^\d{3,4}$/.test(inputs.cvc.value.trim())
    const field = (id, label, autocomplete) => {
      const wrap = document.createElement("div")
      wrap.className = "field"
      const l = document.createElement("label")
      l.htmlFor = `stripe-double-${id}`
      l.textContent = label
      const input = document.createElement("input")
      Object.assign(input, { id: `stripe-double-${id}`, name: `stripe-double-${id}`, autocomplete, inputMode: "numeric", required: true })
      input.addEventListener("input", () => emit("change", { elementType: "payment", empty: !digits(), complete: complete(), value: { type: "card" } }))
      inputs[id] = input
      wrap.append(l, input)
      return wrap
    }
    return {
      mount(node) {
        root = document.createElement("fieldset")
        // Stripe localises its fields; the double's are English, and say so to screen readers.
        root.lang = "en"
        const legend = document.createElement("legend")
        legend.textContent = "Card"
        root.append(legend, field("number", "Card number", "cc-number"), field("expiry", "Expiration date (MM / YY)", "cc-exp"), field("cvc", "Security code", "cc-csc"))
        node.append(root)
        setTimeout(() => emit("ready", { elementType: "payment" }))
      },
      on(event, cb) {
        ;(listeners[event] = listeners[event] || []).push(cb)
        return this
      },
      off(event, cb) {
        listeners[event] = (listeners[event] || []).filter((l) => l !== cb)
        return this
      },
      update() {},
      destroy() {
        root?.remove()
      },
      /** The test payment method for the typed card, or the validation error Stripe.js would give. */
      paymentMethod() {
        if (!complete()) return { error: { type: "validation_error", code: "incomplete", message: "Your card details are incomplete." } }
        const pm = TEST_CARDS[digits()]
        return pm ? { pm } : { error: { type: "validation_error", code: "invalid_number", message: "Your card number is invalid." } }
      },
    }
  }

  function Stripe(publishableKey) {
    return {
      _registerWrapper() {},
      registerAppInfo() {},
      elements({ clientSecret }) {
        let payment = null
        return {
          clientSecret,
          create(type) {
            if (type !== "payment") throw new Error(`The Stripe.js double has only the Payment Element, not "${type}"`)
            return (payment = createPaymentElement())
          },
          update() {},
          paymentElement: () => payment,
        }
      },
      async confirmPayment({ elements, confirmParams, redirect = "always" }) {
        const method = elements.paymentElement().paymentMethod()
        if (method.error) return { error: method.error }
        const id = elements.clientSecret.split("_secret_")[0]
        const body = new URLSearchParams({ payment_method: method.pm, client_secret: elements.clientSecret, key: publishableKey, return_url: confirmParams.return_url })
        const res = await fetch(`${API}/payment_intents/${id}/confirm`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body })
        const json = await res.json()
        if (json.error) return { error: json.error }
        if (redirect === "if_required") return { paymentIntent: json }
        const url = new URL(confirmParams.return_url)
        url.searchParams.set("payment_intent", json.id)
        url.searchParams.set("payment_intent_client_secret", elements.clientSecret)
        url.searchParams.set("redirect_status", "succeeded")
        location.assign(url.toString())
        // As with Stripe.js, the promise does not settle when the buyer is sent to return_url.
        return new Promise(() => {})
      },
      // @stripe/react-stripe-js checks that these exist before it accepts the object as Stripe.
      createToken: unsupported("createToken"),
      createPaymentMethod: unsupported("createPaymentMethod"),
      confirmCardPayment: unsupported("confirmCardPayment"),
    }
  }
  // The release train @stripe/stripe-js 7 expects (it warns about any other).
  Stripe.version = "basil"
  window.Stripe = Stripe
})()
