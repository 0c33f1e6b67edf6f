import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { registerDeclarationWorkflow } from "../customs/register-declaration"
import { splitOrderByManufacturerWorkflow } from "./split-order-by-manufacturer"

/**
 * A buyer's order is split into one child order per manufacturer, and each child order enters the
 * export pipeline (one declaration per manufacturer's shipment). Both workflows are idempotent, so
 * running this again for the same order repeats nothing and completes what a crash left undone. One
 * run per order at a time (the event and the sweep may meet): the second finds the first's work.
 */
export async function enterExportPipeline(container: MedusaContainer, buyerOrderId: string) {
  return container.resolve(Modules.LOCKING).execute(
    `export-pipeline:${buyerOrderId}`,
    async () => {
      const { result } = await splitOrderByManufacturerWorkflow(container).run({ input: { orderId: buyerOrderId } })
      for (const orderId of result.childOrderIds) {
        await registerDeclarationWorkflow(container).run({ input: { orderId } })
      }
      return result.childOrderIds
    },
    { timeout: 120 }
  )
}
