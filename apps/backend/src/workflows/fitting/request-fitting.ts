import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createFittingRequestStep, resolveFittingProductStep, type FittingRequestInput } from "./steps/fitting-requests"

/** "Ask the manufacturer": the buyer's measurements go to the product's manufacturer, who is told. */
export const requestFittingWorkflow = createWorkflow("request-fitting", (input: FittingRequestInput) => {
  const product = resolveFittingProductStep(input)
  const request = createFittingRequestStep(transform({ input, product }, ({ input, product }) => ({ input, manufacturer_id: product.manufacturer_id })))
  sendNotificationsStep(
    transform({ request, product }, ({ request, product }) => [
      {
        to: product.manufacturer_email,
        channel: "email",
        template: "fitting-request-received",
        idempotency_key: `fitting-request:${request.id}`,
        data: { fitting_request_id: request.id, product_id: request.product_id },
      },
    ])
  )
  return new WorkflowResponse(request)
})
