import { jobContractByName } from "@aem/job-contracts"
import { Job, Queue, QueueEvents } from "bullmq"
import IORedis from "ioredis"
import { ledgerState, sortableEventId, streamEventId, type LedgerState } from "./ledger-state"

/** One ledger line as written: a job as BullMQ holds it when an event about it was read. */
export type JobSnapshot = {
  gone: boolean
  queue: string
  name: string | null
  job_id: string
  business_key: string | null
  state: LedgerState
  attempts: number
  max_attempts: number | null
  last_error: string | null
  added_at: Date | null
  started_at: Date | null
  finished_at: Date | null
  event_id: string
}

// Every event that moves a job; each one is answered by reading the job itself, so missing one costs nothing.
const EVENTS = ["added", "waiting", "active", "delayed", "completed", "failed", "stalled", "removed"] as const

const date = (ms?: number | null) => (ms ? new Date(ms) : null)

function businessKey(name: string, data: unknown): string | null {
  try {
    return jobContractByName(name).businessKey(data as never)
  } catch {
    // A job without a contract (or with a payload that breaks it) is still recorded, without a key.
    return null
  }
}

/**
 * The job as BullMQ holds it now. A job already gone from Redis (removed once completed, as coalesced
 * jobs are, or withdrawn) gives only its new state, `gone`, dated by the event.
 */
export async function snapshotOf(queue: Queue, jobId: string, event: string, eventId: string): Promise<JobSnapshot> {
  const read = await Job.fromId(queue, jobId)
  const state = read ? await read.getState() : "unknown"
  // A job that finished between the two reads is read again, so its finishing time and runs match its state.
  const finishedMeanwhile = read && (state === "completed" || state === "failed") && !read.finishedOn
  const job = finishedMeanwhile ? ((await Job.fromId(queue, jobId)) ?? read) : read
  // attemptsMade counts finished runs, a successful one included; attemptsStarted counts runs begun (one cut short by a crash too).
  const failedRuns = job ? job.attemptsMade - (state === "completed" ? 1 : 0) : 0
  const eventAt = new Date(Number(eventId.split("-")[0]))
  return {
    gone: !job,
    queue: queue.name,
    name: job?.name ?? null,
    job_id: jobId,
    business_key: job ? businessKey(job.name, job.data) : null,
    state: ledgerState(state, failedRuns, event),
    attempts: job ? Math.max(job.attemptsStarted ?? 0, job.attemptsMade) : 0,
    max_attempts: job ? (job.opts.attempts ?? 1) : null,
    last_error: job?.failedReason || null,
    added_at: date(job?.timestamp),
    started_at: date(job?.processedOn),
    finished_at: job ? date(job.finishedOn) : event === "completed" || event === "failed" ? eventAt : null,
    event_id: sortableEventId(eventId),
  }
}

/**
 * Follows the queue events of our queues and writes each job's snapshot to the ledger. It resumes
 * from the last event the ledger holds (`cursor`), so events sent while the backend was down are
 * read when it starts (as far back as BullMQ keeps them: 10,000 events per queue by default).
 * Events about one job are handled one after another; `record` refuses an older event anyway.
 */
export async function startJobLedger(options: {
  redisUrl: string
  prefix: string
  queues: string[]
  cursor: (queue: string) => Promise<string | null>
  record: (snapshot: JobSnapshot) => Promise<void>
  log: (message: string) => void
}) {
  const connection = new IORedis(options.redisUrl, { maxRetriesPerRequest: null })
  const listeners = await Promise.all(
    options.queues.map(async (name) => {
      const queue = new Queue(name, { connection, prefix: options.prefix })
      const cursor = await options.cursor(name)
      // QueueEvents blocks on its connection while it waits for events: it gets its own.
      const eventsConnection = new IORedis(options.redisUrl, { maxRetriesPerRequest: null })
      const events = new QueueEvents(name, {
        connection: eventsConnection,
        prefix: options.prefix,
        lastEventId: cursor ? streamEventId(cursor) : "0",
      })
      const pending = new Map<string, Promise<void>>()
      const handle = (event: string, jobId: string, eventId: string) => {
        const previous = pending.get(jobId) ?? Promise.resolve()
        const next = previous
          .then(async () => {
            await options.record(await snapshotOf(queue, jobId, event, eventId))
          })
          .catch((e) => options.log(`job ledger: ${name} ${jobId} (${event}) not recorded: ${(e as Error).message}`))
        pending.set(jobId, next)
        void next.then(() => {
          if (pending.get(jobId) === next) pending.delete(jobId)
        })
      }
      for (const event of EVENTS) {
        events.on(event as "added", (args: { jobId: string }, eventId: string) => handle(event, args.jobId, eventId))
      }
      events.on("error", (e) => options.log(`job ledger: ${name} events: ${e.message}`))
      return { queue, events, eventsConnection, pending }
    })
  )
  return {
    /** Resolves when every event read so far has been written (tests, shutdown). */
    settled: async () => {
      for (const l of listeners) await Promise.all(l.pending.values())
    },
    close: async () => {
      for (const l of listeners) {
        await l.events.close()
        await l.eventsConnection.quit().catch(() => l.eventsConnection.disconnect())
        await Promise.all(l.pending.values())
        await l.queue.close()
      }
      await connection.quit().catch(() => connection.disconnect())
    },
  }
}
