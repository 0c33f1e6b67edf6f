/**
 * Stripe out of reach: its client gave up connecting (after Medusa's provider retried), or Stripe said it is
 * overloaded or failed itself. Nothing the buyer sent is wrong, so it is not a 400, and not a 500 either: the
 * API answers 503 with this message (src/api/error-handler.ts), and the cart stays as it was.
 */
export class PaymentServiceUnavailableError extends Error {
  static readonly MESSAGE = "The card payment service cannot be reached just now. Your cart is kept as it is: try again in a few minutes."

  constructor(readonly cause: unknown) {
    super(PaymentServiceUnavailableError.MESSAGE)
    this.name = "PaymentServiceUnavailableError"
  }

  /** Also when a workflow engine has passed the error on as a plain copy, with the message alone. */
  static is(err: unknown): boolean {
    return err instanceof PaymentServiceUnavailableError || (err as { message?: unknown })?.message === PaymentServiceUnavailableError.MESSAGE
  }
}

/** Stripe's error types that say nothing about the request: the service, or the way to it, failed. */
export const STRIPE_OUT_OF_REACH = new Set(["StripeConnectionError", "StripeRateLimitError", "StripeAPIError"])
