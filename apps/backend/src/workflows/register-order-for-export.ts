import { orderPlacedJob } from "@aem/job-contracts"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { enqueueJobStep } from "./steps/enqueue-job"

/** A placed order enters the export pipeline: the workers take it from the queue. */
export const registerOrderForExportWorkflow = createWorkflow(
  "register-order-for-export",
  (input: { orderId: string }) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "display_id", "currency_code", "total", "created_at", "shipping_address.country_code"],
      filters: { id: input.orderId },
      options: { throwIfKeyNotFound: true },
    })
    const job = transform({ orders }, ({ orders }) => {
      const order = orders[0]
      return {
        jobName: orderPlacedJob.name,
        payload: {
          orderId: order.id,
          displayId: order.display_id,
          currencyCode: order.currency_code,
          countryCode: order.shipping_address?.country_code ?? undefined,
          total: Number(order.total),
          placedAt: new Date(order.created_at).toISOString(),
        },
      }
    })
    return new WorkflowResponse(enqueueJobStep(job))
  }
)
