import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { answerFittingRequestStep, type FittingAnswerInput } from "./steps/fitting-requests"

/** The manufacturer answers a fitting request; the buyer is told by email (and sees it in the account). */
export const answerFittingRequestWorkflow = createWorkflow("answer-fitting-request", (input: FittingAnswerInput) => {
  const request = answerFittingRequestStep(input)
  sendNotificationsStep(
    transform({ request }, ({ request }) => [
      {
        to: request.email,
        channel: "email",
        template: "fitting-request-answered",
        // One message per answer: a corrected answer is sent again.
        idempotency_key: `fitting-answer:${request.id}:${new Date(request.answered_at!).getTime()}`,
        data: { fitting_request_id: request.id, product_id: request.product_id, locale: request.locale, answer: request.answer },
      },
    ])
  )
  return new WorkflowResponse(request)
})
