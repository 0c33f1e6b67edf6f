import { errorHandler } from "@medusajs/framework/http"
import type { MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { PaymentServiceUnavailableError } from "../modules/stripe-payment/unavailable"
import { asBadRequest } from "./well-formed-input"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, with two kinds of error it would answer with a bare 500 said for what they are: the
 * database's refusals of input are 400s that say what to change, and a payment service out of reach is a 503
 * (with Retry-After) that says to try again.
 */
export const marketplaceErrorHandler: MedusaErrorHandlerFunction = (err, req, res, next) => {
  if (PaymentServiceUnavailableError.is(err)) {
    req.scope?.resolve("logger").warn(`503 at ${req.path}: ${String((err as { cause?: { message?: string } }).cause?.message ?? err.message)}`)
    res.setHeader("retry-after", "30")
    res.status(503).json({ type: "payment_service_unavailable", message: PaymentServiceUnavailableError.MESSAGE })
    return
  }
  medusaErrorHandler(asBadRequest(err, req) ?? err, req, res, next)
}
