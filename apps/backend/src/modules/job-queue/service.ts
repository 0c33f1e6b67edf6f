import { JobContract, jobIdFor, parsePayload } from "@aem/job-contracts"
import { Job, Queue } from "bullmq"
import IORedis from "ioredis"
import type { z } from "zod"

type ModuleOptions = { redisUrl: string; prefix?: string }

/**
 * The producer side of our BullMQ queues. Payloads are checked against the same contract the
 * workers consume with, and the job id comes from the business key, so enqueuing the same
 * business event twice (a retried subscriber, a replayed webhook) makes one job, not two.
 */
export default class JobQueueService {
  protected readonly connection: IORedis
  protected readonly prefix: string
  protected readonly queues = new Map<string, Queue>()

  constructor(_container: Record<string, unknown>, options: ModuleOptions) {
    this.connection = new IORedis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: true })
    this.prefix = options.prefix ?? "bull"
  }

  protected queue(name: string): Queue {
    let queue = this.queues.get(name)
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.prefix })
      this.queues.set(name, queue)
    }
    return queue
  }

  async enqueue<S extends z.ZodTypeAny>(
    contract: JobContract<S>,
    payload: z.infer<S>
  ): Promise<{ jobId: string; queue: string }> {
    const data = parsePayload(contract, payload)
    const queue = this.queue(contract.queue)
    const jobId = contract.coalesce ? await this.coalescedId(queue, jobIdFor(contract, data)) : jobIdFor(contract, data)
    await queue.add(contract.name, data, {
      jobId,
      attempts: contract.attempts,
      backoff: { type: "exponential", delay: contract.backoffMs },
      removeOnComplete: contract.coalesce ? true : { age: 7 * 24 * 3600, count: 50_000 },
      // Failed work stays visible until someone looks at it.
      removeOnFail: false,
    })
    return { jobId, queue: contract.queue }
  }

  /**
   * A waiting job with this id already covers the new request. One that has started may have read
   * the data before the change being announced, so the request gets a follow-up job, named after
   * that run: further requests during the same run join the follow-up instead of adding more.
   */
  protected async coalescedId(queue: Queue, baseId: string): Promise<string> {
    let id = baseId
    for (let hop = 0; hop < 5; hop++) {
      const existing = await queue.getJob(id)
      if (!existing?.processedOn) return id
      id = `${baseId}.${existing.processedOn}`
    }
    return id
  }

  async getJob<S extends z.ZodTypeAny>(contract: JobContract<S>, payload: z.infer<S>): Promise<Job | undefined> {
    return this.queue(contract.queue).getJob(jobIdFor(contract, payload))
  }

  /** Compensation: take a job back if no worker has started it yet. */
  async withdraw(queue: string, jobId: string): Promise<boolean> {
    const job = await this.queue(queue).getJob(jobId)
    if (!job) return false
    const state = await job.getState()
    if (state !== "waiting" && state !== "delayed" && state !== "prioritized") return false
    await job.remove()
    return true
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()))
    this.queues.clear()
    if (this.connection.status !== "end") await this.connection.quit().catch(() => this.connection.disconnect())
  }

  __hooks = {
    onApplicationShutdown: async () => this.close(),
  }
}
