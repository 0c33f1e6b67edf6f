import { orderPlacedJob } from "@aem/job-contracts"
import type { JobHandler } from "../handler"

/**
 * Registers a placed order with the export pipeline. For now it records what the pipeline will
 * need (destination, currency, value); the declaration and park hand-off steps build on it.
 */
export const handleOrderPlaced: JobHandler<typeof orderPlacedJob.schema> = async (payload, ctx) => {
  ctx.log(`order ${payload.displayId} (${payload.orderId}) registered for export`)
  return {
    orderId: payload.orderId,
    destination: payload.countryCode?.toUpperCase() ?? null,
    currencyCode: payload.currencyCode.toUpperCase(),
    total: payload.total,
    registeredAt: new Date().toISOString(),
  }
}
