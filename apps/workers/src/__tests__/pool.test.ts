import { ALL_JOBS, DEMO_HOOKS_SECRET, HOOK_HEADERS, QUEUES, defineJob, hookSignatureProblem, jobIdFor, prepareDeclarationJob } from "@aem/job-contracts"
import { demoDocumentDetails, demoOrder } from "@aem/trade-kit"
import { Job, Queue } from "bullmq"
import { ChildProcess, spawn } from "child_process"
import { createServer } from "http"
import IORedis from "ioredis"
import path from "path"
import { z } from "zod"
import { loadConfig } from "../config"
import { createHandlers } from "../handlers"
import { register } from "../handler"
import { startHealthServer } from "../health"
import { startWorkerPool, WorkerPool } from "../pool"

jest.setTimeout(60_000)

const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379"
let prefix: string
let connection: IORedis
const pools: WorkerPool[] = []
const children: ChildProcess[] = []

function config(overrides: Partial<ReturnType<typeof loadConfig>> = {}) {
  return { ...loadConfig({ REDIS_URL: redisUrl }), prefix, healthPort: 0, ...overrides }
}

async function waitForState(queue: Queue, id: string, state: string, timeoutMs = 20_000): Promise<Job> {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    // The state first, then the job: a copy read before the state changed would predate the move
    // (attemptsMade and failedReason are written by the same move).
    if ((await queue.getJobState(id)) === state) return (await Job.fromId(queue, id))!
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`job ${id} never reached ${state}`)
}

// A declaration in tenge, which has no China customs currency code in the trade kit's tables.
const unbuildable = {
  declarationId: "decl_01TEST",
  orderId: "order_01TEST",
  order: JSON.parse(JSON.stringify({ ...demoOrder("9610"), currency: "KZT" })),
  documents: demoDocumentDetails("9610"),
}

// A slow job used only here, to have something active while the pool shuts down.
const slowJob = defineJob({
  queue: QUEUES.exportPipeline,
  name: "test.slow",
  schema: z.object({ key: z.string(), ms: z.number() }),
  businessKey: (p) => p.key,
  attempts: 3,
  backoffMs: 100,
})
const slowHandler = register(slowJob, async ({ ms }, ctx) => {
  await new Promise((r) => setTimeout(r, ms))
  ctx.log(`slept ${ms} ms`)
  // The pid tells which process ran the job: this one, or a worker process started by the test.
  return { sleptMs: ms, pid: process.pid }
})

beforeEach(() => {
  prefix = `wtest-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
  connection = new IORedis(redisUrl, { maxRetriesPerRequest: null })
})

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL")
  await Promise.all(pools.splice(0).map((p) => p.close(1000).catch(() => undefined)))
  const q = new Queue(QUEUES.exportPipeline, { connection, prefix })
  await q.obliterate({ force: true }).catch(() => undefined)
  await q.close()
  await connection.quit()
})

/** The slow-worker fixture as a separate process, its output collected. */
function slowWorkerProcess(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [path.join(__dirname, "fixtures/slow-worker.js")], {
    env: { ...process.env, REDIS_URL: redisUrl, WORKERS_QUEUE_PREFIX: prefix, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  })
  children.push(child)
  const out = { text: "" }
  child.stdout!.on("data", (d) => (out.text += d))
  child.stderr!.on("data", (d) => (out.text += d))
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve))
  const waitForOutput = async (text: string) => {
    const start = Date.now()
    while (!out.text.includes(text)) {
      if (Date.now() - start > 15_000) throw new Error(`the worker never said "${text}": ${out.text}`)
      await new Promise((r) => setTimeout(r, 50))
    }
  }
  return { child, out, exited, waitForOutput }
}

it("retries a declaration with exponential backoff while the backend is unavailable, then completes it", async () => {
  // Stands in for the backend's /hooks routes: unavailable twice (a restart), then it stores the declaration.
  const calls: number[] = []
  const backend = createServer((req, res) => {
    req.resume()
    req.on("end", () => {
      calls.push(Date.now())
      if (calls.length <= 2) return void res.writeHead(503).end("restarting")
      res.writeHead(200, { "content-type": "application/json" })
      res.end(JSON.stringify({ declaration: { id: "decl_01RETRY", status: "submitted", order_no: "AEM-1", messages: [] } }))
    })
  })
  await new Promise<void>((r) => backend.listen(0, "127.0.0.1", r))
  const withBackend = config({ backendUrl: `http://127.0.0.1:${(backend.address() as { port: number }).port}` })
  pools.push(startWorkerPool(withBackend, createHandlers(withBackend), () => {}))
  const queue = new Queue(prepareDeclarationJob.queue, { connection, prefix })
  const payload = { declarationId: "decl_01RETRY", orderId: "order_01RETRY", order: demoOrder("9610"), documents: demoDocumentDetails("9610") }
  try {
    await queue.add(prepareDeclarationJob.name, JSON.parse(JSON.stringify(payload)), { jobId: "retry-1", attempts: 5, backoff: { type: "exponential", delay: 300 } })
    const job = await waitForState(queue, "retry-1", "completed")
    expect(job.attemptsMade).toBe(3)
    expect(job.failedReason).toMatch(/answered 503: restarting/)
    expect(calls).toHaveLength(3)
    // 300 ms, then 600 ms: each wait doubles.
    expect(calls[1] - calls[0]).toBeGreaterThanOrEqual(300)
    expect(calls[2] - calls[1]).toBeGreaterThanOrEqual(600)
  } finally {
    backend.close()
    await queue.close()
  }
})

it("fails a declaration the trade kit cannot build at once, after putting the reason on it", async () => {
  // Stands in for the backend's signed /hooks route (the backend's own tests cover the real one).
  const received: { path?: string; body: string; problem: string | null }[] = []
  const backend = createServer((req, res) => {
    let body = ""
    req.on("data", (d) => (body += d))
    req.on("end", () => {
      const headers = { timestamp: String(req.headers[HOOK_HEADERS.timestamp]), signature: String(req.headers[HOOK_HEADERS.signature]) }
      received.push({ path: req.url, body, problem: hookSignatureProblem(DEMO_HOOKS_SECRET, { path: req.url ?? "", body }, headers) })
      res.writeHead(200, { "content-type": "application/json" }).end("{}")
    })
  })
  await new Promise<void>((r) => backend.listen(0, "127.0.0.1", r))
  const withBackend = config({ backendUrl: `http://127.0.0.1:${(backend.address() as { port: number }).port}` })
  const pool = startWorkerPool(withBackend, createHandlers(withBackend), () => {})
  pools.push(pool)
  const queue = new Queue(prepareDeclarationJob.queue, { connection, prefix })
  const id = jobIdFor(prepareDeclarationJob, unbuildable)
  try {
    await queue.add(prepareDeclarationJob.name, unbuildable, { jobId: id, attempts: 5 })
    const job = await waitForState(queue, id, "failed")
    expect(job.attemptsMade).toBe(1)
    expect(job.failedReason).toMatch(/Declaration decl_01TEST cannot be built: No China customs currency code for "KZT"/)
    expect(received).toEqual([{ path: "/hooks/customs/declarations/decl_01TEST/problem", body: expect.stringMatching(/KZT/), problem: null }])
  } finally {
    backend.close()
    await queue.close()
  }
})

it("fails a payload that breaks its contract at once, without retries, and keeps it visible", async () => {
  const pool = startWorkerPool(config(), createHandlers(config()), () => {})
  pools.push(pool)
  const queue = new Queue(prepareDeclarationJob.queue, { connection, prefix })
  await queue.add(prepareDeclarationJob.name, { ...unbuildable, orderId: "" }, { jobId: "bad-1", attempts: 5 })
  const job = await waitForState(queue, "bad-1", "failed")
  expect(job.attemptsMade).toBe(1)
  expect(job.failedReason).toMatch(/orderId: orderId is required/)
  expect(await queue.getFailedCount()).toBe(1)
  await queue.close()
})

it("fails a job nobody handles instead of dropping it", async () => {
  const pool = startWorkerPool(config(), createHandlers(config()), () => {})
  pools.push(pool)
  const queue = new Queue(QUEUES.exportPipeline, { connection, prefix })
  await queue.add("export.unknown", {}, { jobId: "unknown-1" })
  const job = await waitForState(queue, "unknown-1", "failed")
  expect(job.failedReason).toMatch(/No handler for job "export.unknown"/)
  await queue.close()
})

it("finishes the active job before closing when shut down gracefully", async () => {
  const pool = startWorkerPool(config(), [slowHandler], () => {})
  const queue = new Queue(slowJob.queue, { connection, prefix })
  await queue.add(slowJob.name, { key: "a", ms: 1500 }, { jobId: "slow-a" })
  await waitForState(queue, "slow-a", "active")
  const { forced } = await pool.close(10_000)
  expect(forced).toBe(false)
  const job = await Job.fromId(queue, "slow-a")
  expect(await job!.getState()).toBe("completed")
  expect(job!.returnvalue).toEqual({ sleptMs: 1500, pid: process.pid })
  await queue.close()
})

it("does not lose a job when its worker process is killed: another worker runs it", async () => {
  // A worker process with a slow handler (fixture), killed with SIGKILL while the job is active.
  const fast = { WORKERS_LOCK_DURATION_MS: "1500", WORKERS_STALLED_INTERVAL_MS: "1000" }
  const worker = slowWorkerProcess(fast)
  const queue = new Queue(slowJob.queue, { connection, prefix })
  await queue.add(slowJob.name, { key: "b", ms: 3000 }, { jobId: "slow-b", attempts: 3, backoff: { type: "fixed", delay: 100 } })
  await waitForState(queue, "slow-b", "active")
  worker.child.kill("SIGKILL")
  await worker.exited

  const secondLog: string[] = []
  const second = startWorkerPool(
    { ...config(), lockDurationMs: 1500, stalledIntervalMs: 1000 },
    [slowHandler],
    (l) => secondLog.push(l)
  )
  pools.push(second)
  const job = await waitForState(queue, "slow-b", "completed", 30_000)
  expect(job.returnvalue).toEqual({ sleptMs: 3000, pid: process.pid })
  expect(secondLog.some((l) => l.includes("slept 3000 ms"))).toBe(true)
  await queue.close()
})

it("a worker process told to stop (SIGTERM) finishes its active job, takes no new one and exits 0", async () => {
  const worker = slowWorkerProcess()
  const queue = new Queue(slowJob.queue, { connection, prefix })
  await queue.add(slowJob.name, { key: "c", ms: 2500 }, { jobId: "slow-c" })
  await waitForState(queue, "slow-c", "active")
  worker.child.kill("SIGTERM")
  await worker.waitForOutput("SIGTERM received")
  await queue.add(slowJob.name, { key: "d", ms: 10 }, { jobId: "slow-d" })

  expect(await worker.exited).toBe(0)
  expect(worker.out.text).toContain("workers: stopped cleanly")
  const job = await Job.fromId(queue, "slow-c")
  expect(await job!.getState()).toBe("completed")
  expect(job!.returnvalue).toEqual({ sleptMs: 2500, pid: worker.child.pid })
  expect(await (await Job.fromId(queue, "slow-d"))!.getState()).toBe("waiting")
  await queue.close()
})

it("a job still running when the shutdown time is up is released, and another worker runs it", async () => {
  const fast = { WORKERS_LOCK_DURATION_MS: "1500", WORKERS_STALLED_INTERVAL_MS: "1000" }
  const worker = slowWorkerProcess({ ...fast, WORKERS_SHUTDOWN_TIMEOUT_MS: "300" })
  const queue = new Queue(slowJob.queue, { connection, prefix })
  await queue.add(slowJob.name, { key: "e", ms: 4000 }, { jobId: "slow-e", attempts: 3 })
  await waitForState(queue, "slow-e", "active")
  const stopAsked = Date.now()
  worker.child.kill("SIGTERM")
  expect(await worker.exited).toBe(0)
  expect(worker.out.text).toContain("workers: stopped; unfinished jobs will be retried")
  // It left without finishing the 4 s job, and the job is not done yet.
  expect(Date.now() - stopAsked).toBeLessThan(3000)
  expect(await (await Job.fromId(queue, "slow-e"))!.getState()).toBe("active")

  pools.push(startWorkerPool({ ...config(), lockDurationMs: 1500, stalledIntervalMs: 1000 }, [slowHandler], () => {}))
  const job = await waitForState(queue, "slow-e", "completed", 30_000)
  expect(job.returnvalue).toEqual({ sleptMs: 4000, pid: process.pid })
  await queue.close()
})

it("reports health over HTTP and answers 404 elsewhere", async () => {
  const pool = startWorkerPool(config(), createHandlers(config()), () => {})
  pools.push(pool)
  const server = await startHealthServer(pool, 0)
  const port = (server.address() as { port: number }).port
  try {
    await new Promise((r) => setTimeout(r, 300))
    const res = await fetch(`http://127.0.0.1:${port}/health`)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.redis).toBe("ready")
    expect(body.queues.map((q: { name: string }) => q.name)).toEqual([QUEUES.exportPipeline])
    expect((await fetch(`http://127.0.0.1:${port}/nope`)).status).toBe(404)
  } finally {
    server.close()
  }
})

it("the worker process stops cleanly on SIGTERM", async () => {
  const child = spawn(process.execPath, [path.resolve(__dirname, "../../dist/main.js")], {
    env: { ...process.env, REDIS_URL: redisUrl, WORKERS_QUEUE_PREFIX: prefix, WORKERS_HEALTH_PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  child.stdout!.on("data", (d) => (output += d))
  child.stderr!.on("data", (d) => (output += d))
  const start = Date.now()
  while (!output.includes("consuming") && Date.now() - start < 15_000) await new Promise((r) => setTimeout(r, 100))
  expect(output).toContain(`consuming ${QUEUES.exportPipeline}`)
  child.kill("SIGTERM")
  const exit = await new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })))
  // The output is part of the comparison so a failure shows what the process said.
  expect({ exit, stopped: output.includes("workers: stopped cleanly") ? "cleanly" : output }).toEqual({
    exit: { code: 0, signal: null },
    stopped: "cleanly",
  })
})

it("has a handler for every job contract, and only for them", () => {
  const handled = createHandlers(config()).map((h) => h.contract.name).sort()
  // Jobs the backend consumes itself (search indexing reads its data) have no handler here.
  expect(handled).toEqual(ALL_JOBS.filter((j) => j.consumer === "workers").map((j) => j.name).sort())
})

it("refuses a bad configuration with the variable and the reason", () => {
  expect(() => loadConfig({ REDIS_URL: "not a url" })).toThrow(/REDIS_URL/)
  expect(() => loadConfig({ WORKERS_CONCURRENCY: "0" })).toThrow(/WORKERS_CONCURRENCY/)
})
