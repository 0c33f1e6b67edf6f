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

export const ALL_JOBS = [orderPlacedJob] as const

/**
 * A contract by its job name. Workflow step inputs are serialised (zod schemas do not survive
 * that), so steps carry the job name and look the contract up here.
 */
export function jobContractByName(name: string): JobContract {
  const contract = ALL_JOBS.find((job) => job.name === name)
  if (!contract) throw new Error(`Unknown job "${name}": add its contract to ALL_JOBS`)
  return contract
}
