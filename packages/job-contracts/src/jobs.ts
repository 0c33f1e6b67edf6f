import { z } from "zod"
import { JobContract, QUEUES, defineJob } from "./contract"

/**
 * An order was placed: the export pipeline registers it. It is the first step of every
 * export: later steps (declaration, hand-off to the park) hang off the same queue.
 */
export const orderPlacedJob = defineJob({
  queue: QUEUES.exportPipeline,
  name: "export.order-placed",
  schema: z
    .object({
      orderId: z.string().min(1, "orderId is required"),
      displayId: z.number().int().positive(),
      currencyCode: z.string().length(3, "currencyCode must be an ISO 4217 code"),
      countryCode: z.string().length(2, "countryCode must be an ISO 3166 alpha-2 code").optional(),
      total: z.number().nonnegative(),
      placedAt: z.string().datetime({ message: "placedAt must be an ISO 8601 date-time" }),
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

export const ALL_JOBS = [orderPlacedJob, searchIndexJob] as const

/**
 * A contract by its job name. Workflow step inputs are serialised (zod schemas do not survive
 * that), so steps carry the job name and look the contract up here.
 */
export function jobContractByName(name: string): JobContract {
  const contract = ALL_JOBS.find((job) => job.name === name)
  if (!contract) throw new Error(`Unknown job "${name}": add its contract to ALL_JOBS`)
  return contract
}
