import { InvalidJobPayloadError, parsePayload } from "@aem/job-contracts"
import { Job, Queue, UnrecoverableError, Worker } from "bullmq"
import IORedis from "ioredis"
import type { WorkersConfig } from "./config"
import type { HandlerRegistration } from "./handler"

export type WorkerPool = {
  workers: Worker[]
  connection: IORedis
  /** Stops taking jobs, lets active ones finish within the timeout, then closes. */
  close: (timeoutMs: number) => Promise<{ forced: boolean }>
  health: () => Promise<PoolHealth>
}

export type PoolHealth = {
  status: "ok" | "degraded"
  redis: string
  queues: { name: string; running: boolean; jobs: Record<string, number> }[]
}

/** One BullMQ worker per queue, dispatching each job to the handler registered for its name. */
export function startWorkerPool(
  config: WorkersConfig,
  registrations: HandlerRegistration[],
  log: (line: string) => void = (line) => console.log(line)
): WorkerPool {
  // BullMQ workers need maxRetriesPerRequest: null so a Redis restart pauses them instead of failing jobs.
  const connection = new IORedis(config.redisUrl, { maxRetriesPerRequest: null })
  const byQueue = new Map<string, Map<string, HandlerRegistration>>()
  for (const r of registrations) {
    const names = byQueue.get(r.contract.queue) ?? new Map()
    names.set(r.contract.name, r)
    byQueue.set(r.contract.queue, names)
  }

  const workers = [...byQueue].map(([queue, handlers]) => {
    const worker = new Worker(
      queue,
      async (job: Job) => {
        const registration = handlers.get(job.name)
        if (!registration) {
          throw new UnrecoverableError(`No handler for job "${job.name}" on queue "${queue}"`)
        }
        let payload
        try {
          payload = parsePayload(registration.contract, job.data)
        } catch (e) {
          // A payload that breaks its contract will never succeed: fail it now, keep it visible.
          if (e instanceof InvalidJobPayloadError) throw new UnrecoverableError(e.message)
          throw e
        }
        return registration.handler(payload, {
          jobId: job.id ?? "",
          attempt: job.attemptsMade + 1,
          log: (message) => log(`[${queue}] ${job.name} ${job.id}: ${message}`),
        })
      },
      {
        connection,
        prefix: config.prefix,
        concurrency: config.concurrency,
        lockDuration: config.lockDurationMs,
        stalledInterval: config.stalledIntervalMs,
        maxStalledCount: config.maxStalledCount,
        autorun: true,
      }
    )
    worker.on("failed", (job, err) =>
      log(`[${queue}] ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${err.message}`)
    )
    worker.on("error", (err) => log(`[${queue}] worker error: ${err.message}`))
    return worker
  })

  const close = async (timeoutMs: number) => {
    let timer: NodeJS.Timeout | undefined
    // Pausing takes no new job and resolves when the active ones are done. Worker.close() is not raced
    // against the deadline because a later close(true) would only return that graceful close, still waiting.
    // Readiness first: a connection closed while BullMQ still initialises it emits an error nobody hears.
    const ready = Promise.all([...workers, ...queues].map((x) => x.waitUntilReady().catch(() => undefined)))
    const drained = ready.then(() => Promise.all(workers.map((w) => w.pause()))).then(() => false)
    const deadline = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), timeoutMs)
    })
    const forced = await Promise.race([drained, deadline])
    clearTimeout(timer)
    // Forced: active jobs are released, not finished; their locks expire and another worker's stalled
    // check takes them back (up to maxStalledCount times).
    await Promise.all(workers.map((w) => w.close(forced)))
    await Promise.all(queues.map((q) => q.close()))
    await connection.quit().catch(() => connection.disconnect())
    return { forced }
  }

  // Kept open for health reports: job counts per queue, read without creating anything per request.
  const queues = workers.map((w) => new Queue(w.name, { connection, prefix: config.prefix }))

  const health = async (): Promise<PoolHealth> => {
    const report = await Promise.all(
      workers.map(async (w, i) => ({
        name: w.name,
        running: w.isRunning(),
        jobs: await queues[i]
          .getJobCounts("waiting", "active", "completed", "failed", "delayed")
          .catch(() => ({})),
      }))
    )
    const ok = connection.status === "ready" && report.every((q) => q.running)
    return { status: ok ? "ok" : "degraded", redis: connection.status, queues: report }
  }

  return { workers, connection, close, health }
}
