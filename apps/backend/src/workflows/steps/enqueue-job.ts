import { jobContractByName } from "@aem/job-contracts"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { JOB_QUEUE_MODULE } from "../../modules/job-queue"
import type JobQueueService from "../../modules/job-queue/service"

/** The job by name: step inputs are serialised, so they cannot carry the contract's zod schema. */
export type EnqueueJobInput = { jobName: string; payload: Record<string, unknown> }

/** Puts a job on its queue; if the workflow fails later, the job is taken back before it runs. */
export const enqueueJobStep = createStep(
  "enqueue-job",
  async ({ jobName, payload }: EnqueueJobInput, { container }) => {
    const jobs = container.resolve<JobQueueService>(JOB_QUEUE_MODULE)
    const enqueued = await jobs.enqueue(jobContractByName(jobName), payload)
    return new StepResponse(enqueued, enqueued)
  },
  async (enqueued, { container }) => {
    if (!enqueued) return
    const jobs = container.resolve<JobQueueService>(JOB_QUEUE_MODULE)
    await jobs.withdraw(enqueued.queue, enqueued.jobId)
  }
)
