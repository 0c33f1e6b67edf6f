import { JobContract, QUEUES, jobIdFor, parsePayload } from "@aem/job-contracts"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ConfigModule, Logger } from "@medusajs/framework/types"
import { MedusaService, generateEntityId } from "@medusajs/framework/utils"
import { Job, Queue } from "bullmq"
import IORedis from "ioredis"
import type { z } from "zod"
import { startJobLedger, type JobSnapshot } from "./ledger"
import { JobRecord } from "./models/job-record"

type ModuleOptions = {
  redisUrl: string
  prefix?: string
  /** Follow the queues' events into the ledger in this process (not in `server` worker mode). */
  ledger?: boolean
}

type Dependencies = {
  __pg_connection__: Knex
  configModule: ConfigModule
  logger: Logger
}

const LEDGER_COLUMNS = [
  "queue", "name", "job_id", "business_key", "state", "attempts", "max_attempts", "last_error",
  "added_at", "started_at", "finished_at", "event_id",
] as const

/**
 * The producer side of our BullMQ queues. Payloads are checked against the same contract the
 * workers consume with, and the job id comes from the business key, so enqueuing the same
 * business event twice (a retried subscriber, a replayed webhook) makes one job, not two.
 */
export default class JobQueueService extends MedusaService({ JobRecord }) {
  protected readonly connection: IORedis
  protected readonly prefix: string
  protected readonly queues = new Map<string, Queue>()
  protected ledger?: Awaited<ReturnType<typeof startJobLedger>>

  constructor(
    protected readonly deps: Dependencies,
    protected readonly options: ModuleOptions
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.connection = new IORedis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: true })
    this.prefix = options.prefix ?? "bull"
  }

  /** Our queues, for Bull Board: the same connection and prefix the producer uses. */
  allQueues(): Queue[] {
    return Object.values(QUEUES).map((name) => this.queue(name))
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

  /**
   * Writes a job's snapshot to the ledger, one line per queue and job id. A snapshot read from an
   * older queue event than the line's own is ignored, so events handled out of order never move a
   * job back.
   */
  async recordJob(snapshot: JobSnapshot): Promise<void> {
    const db = this.deps.__pg_connection__
    const newer = `job_record.event_id collate "C" < ? collate "C"`
    if (snapshot.gone) {
      // Only its fate is known now: the rest of the line stays as the job was last seen.
      await db.raw(
        `update job_record set state = ?, finished_at = coalesce(?, finished_at), event_id = ?, updated_at = now()
          where queue = ? and job_id = ? and deleted_at is null and ${newer}`,
        [snapshot.state, snapshot.finished_at, snapshot.event_id, snapshot.queue, snapshot.job_id, snapshot.event_id]
      )
      return
    }
    const columns = LEDGER_COLUMNS.join(", ")
    await db.raw(
      `insert into job_record (id, ${columns}) values (?, ${LEDGER_COLUMNS.map(() => "?").join(", ")})
       on conflict (queue, job_id) where deleted_at is null do update set
         ${LEDGER_COLUMNS.map((c) => `${c} = excluded.${c}`).join(", ")}, updated_at = now()
       where ${newer.replace("?", "excluded.event_id")}`,
      [generateEntityId(undefined, "jobrec"), ...LEDGER_COLUMNS.map((c) => snapshot[c])]
    )
  }

  /** The last queue event the ledger holds for a queue: where following it resumes. */
  async ledgerCursor(queue: string): Promise<string | null> {
    const { rows } = (await this.deps.__pg_connection__.raw(
      `select max(event_id collate "C") as cursor from job_record where queue = ? and deleted_at is null`,
      [queue]
    )) as { rows: { cursor: string | null }[] }
    return rows[0]?.cursor ?? null
  }

  /** Resolves once every queue event read so far is in the ledger. */
  async ledgerSettled(): Promise<void> {
    await this.ledger?.settled()
  }

  async close(): Promise<void> {
    await this.ledger?.close()
    this.ledger = undefined
    await Promise.all([...this.queues.values()].map((q) => q.close()))
    this.queues.clear()
    if (this.connection.status !== "end") await this.connection.quit().catch(() => this.connection.disconnect())
  }

  __hooks = {
    onApplicationStart: async () => {
      if (this.options.ledger === false || this.deps.configModule.projectConfig.workerMode === "server") return
      this.ledger = await startJobLedger({
        redisUrl: this.options.redisUrl,
        prefix: this.prefix,
        queues: Object.values(QUEUES),
        cursor: (queue) => this.ledgerCursor(queue),
        record: (snapshot) => this.recordJob(snapshot),
        log: (m) => this.deps.logger.warn(m),
      })
    },
    onApplicationShutdown: async () => this.close(),
  }
}
