// npm run bench:pipeline [-- --orders N] — the export pipeline's throughput and latency: N paid orders
// (default 100) at once, from "order paid" to "handed to the park" (consignment allocated), with one
// and then two worker processes. Uses its own database (aem_bench_pipeline, or BENCH_DATABASE_URL),
// queue prefix, customs exchange folder and ports (BENCH_PORT, default 9580 + E2E_PORT_OFFSET): migrates
// and seeds it, starts the built backend and the customs simulator as `npm start` does, then for each
// worker count starts the workers and runs apps/backend/src/scripts/bench-pipeline.ts, which prints the figures.
import { spawn, spawnSync } from "node:child_process"
import { rmSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { parseArgs } from "node:util"

const require = createRequire(import.meta.url)
const stack = require("./lib/stack.cjs")

const { values } = parseArgs({ options: { orders: { type: "string", default: "100" }, workers: { type: "string", default: "1,2" } } })
const orders = Number(values.orders)
const workerCounts = values.workers.split(",").map(Number)
if (!Number.isInteger(orders) || orders < 1 || orders > 5000) throw new Error("--orders must be a whole number from 1 to 5000")
if (workerCounts.some((n) => !Number.isInteger(n) || n < 1 || n > 8)) throw new Error("--workers must list worker counts from 1 to 8, e.g. 1,2")

function startDetached(cmd, args, opts) {
  return spawn(cmd, args, { ...opts, stdio: ["ignore", "ignore", "inherit"], detached: true })
}

function stop(child, signal = "SIGTERM") {
  if (!child || child.exitCode !== null) return Promise.resolve()
  const exited = new Promise((r) => child.once("exit", r))
  process.kill(-child.pid, signal)
  return exited
}

async function main() {
  const pg = await stack.findPostgres({ database: "aem_bench_pipeline" })
  const url = new URL(process.env.BENCH_DATABASE_URL || pg.url)
  if (!process.env.BENCH_DATABASE_URL) url.pathname = "/aem_bench_pipeline"
  const offset = Number(process.env.E2E_PORT_OFFSET || 0)
  const port = Number(process.env.BENCH_PORT || 9580 + offset)
  const exchange = path.join(stack.DATA_DIR, "bench-pipeline-exchange")
  rmSync(exchange, { recursive: true, force: true })
  // Backend and workers sign for each other with this installation's own secrets, as npm start's do.
  const env = stack.withInstallationSecrets({
    ...process.env,
    DATABASE_URL: url.toString(),
    REDIS_URL: process.env.REDIS_URL || "redis://127.0.0.1:6379",
    // Its own queues and customs folders, so a running marketplace never sees the bench's jobs.
    WORKERS_QUEUE_PREFIX: "bench-pipeline",
    CUSTOMS_EXCHANGE_DIR: exchange,
    MEDUSA_BACKEND_URL: `http://localhost:${port}`,
    LOG_LEVEL: "warn",
  })
  let backend
  let simulator
  let workers = []
  try {
    await stack.ensureDatabase(env.DATABASE_URL)
    await stack.migrate(env)
    await stack.seed(env)
    backend = await stack.startBenchBackend(env, port, ["@aem/backend", "@aem/workers"])
    simulator = startDetached(process.execPath, [path.join(stack.ROOT, "apps/workers/dist/customs-simulator/main.js")], { cwd: stack.ROOT, env })

    for (const count of workerCounts) {
      workers = Array.from({ length: count }, (_, i) =>
        startDetached(process.execPath, [path.join(stack.ROOT, "apps/workers/dist/main.js")], {
          cwd: stack.ROOT,
          env: { ...env, WORKERS_HEALTH_PORT: String(port + 10 + i) },
        })
      )
      for (const [i, w] of workers.entries()) await stack.waitForHealth(`workers ${i + 1}`, `http://localhost:${port + 10 + i}/health`, { child: w })
      const res = spawnSync(path.join(stack.ROOT, "node_modules/.bin/medusa"), ["exec", "./src/scripts/bench-pipeline.ts"], {
        cwd: path.join(stack.ROOT, "apps/backend"),
        // `server` mode: this process places the orders and measures; the bench's backend does the work.
        env: { ...env, MEDUSA_WORKER_MODE: "server", BENCH_ORDERS: String(orders), BENCH_BACKEND_URL: `http://localhost:${port}`, BENCH_LABEL: `${count} worker process${count > 1 ? "es" : ""}, ` },
        stdio: "inherit",
      })
      if (res.status !== 0) throw new Error("the bench failed")
      await Promise.all(workers.map((w) => stop(w)))
      workers = []
    }
  } finally {
    await Promise.all([...workers, simulator, backend].map((c) => stop(c)))
    await pg.stop()
  }
}

main().catch((e) => {
  console.error(`bench:pipeline: ${e.message}`)
  process.exit(1)
})
