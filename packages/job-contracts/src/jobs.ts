import { z } from "zod"
import { JobContract, QUEUES, defineJob } from "./contract"

/**
 * A child order enters the export pipeline: the workers prepare its customs declaration (CEB303,
 * 403, 505, 603 and the export PDFs) from what the backend assembled, and hand it back. One job per
 * child order: the order id is the business key.
 */
export const prepareDeclarationJob = defineJob({
  queue: QUEUES.exportPipeline,
  name: "export.prepare-declaration",
  schema: z
    .object({
      declarationId: z.string().min(1, "declarationId is required"),
      orderId: z.string().min(1, "orderId is required"),
      // The trade kit's ExportOrderInput and DocumentDetailsInput: the worker checks them with the trade
      // kit's own schemas (zod 4), which this package (zod 3) cannot embed.
      order: z.record(z.unknown()).refine((o) => typeof o.orderNo === "string", "order must be a trade-kit ExportOrder with an orderNo"),
      documents: z.record(z.unknown()).refine((d) => typeof d.invoiceNo === "string", "documents must be trade-kit document details with an invoiceNo"),
    })
    .strict(),
  businessKey: (p) => p.orderId,
})

/**
 * Bring the search index up to date for these products (re-read each one; index it, or take it out
 * when it is gone or no longer visible). Idempotent, so retries and duplicates are harmless. The
 * backend consumes this queue itself: indexing reads the catalogue through Medusa's query graph,
 * which only exists inside the backend.
 */
export const searchIndexJob = defineJob({
  queue: QUEUES.searchIndex,
  name: "search.index-products",
  schema: z
    .object({
      productIds: z.array(z.string().min(1)).min(1, "productIds must name at least one product").max(500),
      /** The event that asked for it, for the logs. */
      cause: z.string().min(1),
    })
    .strict(),
  businessKey: (p) => [...p.productIds].sort().join(","),
  coalesce: true,
  consumer: "backend",
  // Cheap and idempotent: retry soon, results are meant to be fresh within seconds.
  backoffMs: 200,
})

/**
 * Step 4 of the export pipeline: customs has accepted a child order's declaration, so the workers
 * hand its consignment to the park — allocated through the backend's signed hook (once: the child
 * order is the business key and the backend's unique constraint), then the park's system is sent a
 * signed manifest when it has an endpoint.
 */
export const handOffConsignmentJob = defineJob({
  queue: QUEUES.exportPipeline,
  name: "logistics.hand-off-consignment",
  schema: z
    .object({
      orderId: z.string().min(1, "orderId is required"),
      declarationId: z.string().min(1, "declarationId is required"),
    })
    .strict(),
  businessKey: (p) => p.orderId,
})

export const ALL_JOBS = [prepareDeclarationJob, searchIndexJob, handOffConsignmentJob] as const

/**
 * A contract by its job name. Workflow step inputs are serialised (zod schemas do not survive
 * that), so steps carry the job name and look the contract up here.
 */
export function jobContractByName(name: string): JobContract {
  const contract = ALL_JOBS.find((job) => job.name === name)
  if (!contract) throw new Error(`Unknown job "${name}": add its contract to ALL_JOBS`)
  return contract
}
