import { createHash } from "crypto"
import { z } from "zod"

/**
 * A job contract is data: the queue it goes to, its name, the zod schema of its payload and the
 * business key that makes its id deterministic. The producer (backend) and the consumer (workers)
 * import the same contract, so a payload is checked with the same schema on both sides.
 */
// The default (any schema) lets a list of contracts of different payloads share one type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface JobContract<Schema extends z.ZodTypeAny = any> {
  readonly queue: QueueName
  readonly name: string
  readonly schema: Schema
  /** The business key of a payload: two payloads with the same key are the same job. */
  readonly businessKey: (payload: z.infer<Schema>) => string
  /** Retry policy: at-least-once with exponential backoff. */
  readonly attempts: number
  readonly backoffMs: number
  /**
   * Coalescing jobs ("bring the index up to date for these products") are removed once done: a
   * second enqueue while one waits is the same job, and one after it ran is a new job.
   */
  readonly coalesce: boolean
  /** Which process consumes the queue: the workers app, or the backend itself (jobs that need its data). */
  readonly consumer: "workers" | "backend"
}

/**
 * Our queue names carry the `aem.` prefix so they can never collide with Medusa's own BullMQ queues
 * (its Redis event bus and workflow engine pin an older bullmq and use their own names).
 */
export const QUEUES = {
  exportPipeline: "aem.export-pipeline",
  notifications: "aem.notifications",
  searchIndex: "aem.search-index",
} as const

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]

export function defineJob<Schema extends z.ZodTypeAny>(contract: {
  queue: QueueName
  name: string
  schema: Schema
  businessKey: (payload: z.infer<Schema>) => string
  attempts?: number
  backoffMs?: number
  coalesce?: boolean
  consumer?: "workers" | "backend"
}): JobContract<Schema> {
  return Object.freeze({ attempts: 5, backoffMs: 2000, coalesce: false, consumer: "workers" as const, ...contract })
}

/**
 * The job id BullMQ deduplicates on. Built from the contract name and the business key, hashed so
 * that any characters in the key are safe (BullMQ forbids ':' in custom ids).
 */
export function jobIdFor<Schema extends z.ZodTypeAny>(
  contract: JobContract<Schema>,
  payload: z.infer<Schema>
): string {
  const key = contract.businessKey(payload)
  const digest = createHash("sha256").update(`${contract.name}\u0000${key}`).digest("hex").slice(0, 32)
  return `${contract.name}.${digest}`
}

export class InvalidJobPayloadError extends Error {
  constructor(
    readonly jobName: string,
    readonly issues: z.ZodIssue[]
  ) {
    super(
      `Invalid payload for job "${jobName}": ` +
        issues.map((i) => `${i.path.join(".") || "(payload)"}: ${i.message}`).join("; ")
    )
    this.name = "InvalidJobPayloadError"
  }
}

/** Checks a payload against its contract; throws an error naming every bad field. */
export function parsePayload<Schema extends z.ZodTypeAny>(
  contract: JobContract<Schema>,
  payload: unknown
): z.infer<Schema> {
  const result = contract.schema.safeParse(payload)
  if (!result.success) {
    throw new InvalidJobPayloadError(contract.name, result.error.issues)
  }
  return result.data
}
