import type { JobContract } from "@aem/job-contracts"
import type { z } from "zod"

export type JobContext = {
  jobId: string
  attempt: number
  log: (message: string) => void
}

/** A handler gets a payload already checked against its contract's schema. */
export type JobHandler<S extends z.ZodTypeAny> = (payload: z.infer<S>, ctx: JobContext) => Promise<unknown>

export type HandlerRegistration = {
  contract: JobContract
  handler: (payload: unknown, ctx: JobContext) => Promise<unknown>
}

/** Pairs a contract with its handler; the pool only calls the handler with a payload the contract accepted. */
export function register<S extends z.ZodTypeAny>(contract: JobContract<S>, handler: JobHandler<S>): HandlerRegistration {
  return {
    contract: contract as unknown as JobContract,
    handler: handler as HandlerRegistration["handler"],
  }
}
