import type { JobContract } from "@aem/job-contracts"
import type { z } from "zod"

export type JobContext = {
  jobId: string
  attempt: number
  log: (message: string) => void
}

/** A handler gets a payload already checked against its contract's schema. */
export type JobHandler<C extends JobContract> = (
  payload: z.infer<C["schema"]>,
  ctx: JobContext
) => Promise<unknown>

export type HandlerRegistration<C extends JobContract = JobContract> = {
  contract: C
  handler: JobHandler<C>
}

export function register<C extends JobContract>(contract: C, handler: JobHandler<C>): HandlerRegistration {
  return { contract, handler: handler as JobHandler<JobContract> }
}
