// npm run bench:search — search latency on 10,000 products, and the delay from a product update to
// its visibility in results. Uses its own database (aem_bench_search, or BENCH_DATABASE_URL) and port
// (BENCH_PORT, 9560): migrates and seeds it, starts the built backend as `npm start` does (it consumes
// events and index jobs), then runs apps/backend/src/scripts/bench-search.ts, which adds the 10,000
// products and prints the in-process figures, and finally times GET /store/search over HTTP.
import { spawn, spawnSync } from "node:child_process"
import { createRequire } from "node:module"
import path from "node:path"

const require = createRequire(import.meta.url)
const stack = require("./lib/stack.cjs")
const { QUERIES } = require("../apps/backend/src/scripts/bench-search-queries.json")

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

async function timeHttp(base, key, clients, total) {
  const latencies = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        const q = QUERIES[next++ % QUERIES.length]
        const qs = new URLSearchParams({ q: q.q, country_code: q.country, limit: "20", ...(q.params ?? {}) })
        const t = performance.now()
        const res = await fetch(`${base}/store/search?${qs}`, { headers: { "x-publishable-api-key": key } })
        if (!res.ok) throw new Error(`GET /store/search answered ${res.status}: ${await res.text()}`)
        await res.json()
        latencies.push(performance.now() - t)
      }
    })
  )
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const f = (n) => n.toFixed(1).padStart(6)
  console.log(
    `   HTTP, ${String(clients).padStart(2)} client(s): p50 ${f(percentile(latencies, 50))} ms  p95 ${f(percentile(latencies, 95))} ms  ` +
      `p99 ${f(percentile(latencies, 99))} ms  (${total} requests, ${(total / seconds).toFixed(0)}/s)`
  )
}

async function main() {
  const pg = await stack.findPostgres({ database: "aem_bench_search" })
  const url = new URL(process.env.BENCH_DATABASE_URL || pg.url)
  if (!process.env.BENCH_DATABASE_URL) url.pathname = "/aem_bench_search"
  const port = Number(process.env.BENCH_PORT || 9560)
  const env = {
    ...process.env,
    DATABASE_URL: url.toString(),
    REDIS_URL: process.env.REDIS_URL || "redis://127.0.0.1:6379",
    // Its own queues, so a running marketplace never picks up the bench's index jobs.
    WORKERS_QUEUE_PREFIX: "bench-search",
    MEDUSA_UPLOAD_DIR: path.join(stack.DATA_DIR, "bench-uploads"),
    MEDUSA_BACKEND_URL: `http://localhost:${port}`,
    LOG_LEVEL: "warn",
  }
  let backend
  try {
    await stack.ensureDatabase(env.DATABASE_URL)
    await stack.migrate(env)
    await stack.seed(env)
    stack.log("building the backend (turbo cache when unchanged)…")
    const built = spawnSync(path.join(stack.ROOT, "node_modules/.bin/turbo"), ["run", "build", "--filter=@aem/backend", "--output-logs=errors-only"], {
      cwd: stack.ROOT,
      env,
      stdio: "inherit",
    })
    if (built.status !== 0) throw new Error("the backend build failed")
    backend = spawn(path.join(stack.ROOT, "node_modules/.bin/medusa"), ["start"], {
      cwd: path.join(stack.ROOT, "apps/backend/.medusa/server"),
      env: { ...env, PORT: String(port), NODE_ENV: "production" },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    })
    await stack.waitForHealth("backend", `http://localhost:${port}/health`, { child: backend })

    const res = spawnSync(path.join(stack.ROOT, "node_modules/.bin/medusa"), ["exec", "./src/scripts/bench-search.ts"], {
      cwd: path.join(stack.ROOT, "apps/backend"),
      env,
      stdio: "inherit",
    })
    if (res.status !== 0) throw new Error("the in-process bench failed")

    const key = await stack.publishableKey(env.DATABASE_URL)
    const base = `http://localhost:${port}`
    for (const q of QUERIES) await fetch(`${base}/store/search?${new URLSearchParams({ q: q.q, country_code: q.country })}`, { headers: { "x-publishable-api-key": key } })
    for (const [clients, total] of [[1, 300], [20, 2000]]) await timeHttp(base, key, clients, total)
  } finally {
    if (backend && backend.exitCode === null) process.kill(-backend.pid, "SIGTERM")
    await pg.stop()
  }
}

main().catch((e) => {
  console.error(`bench:search: ${e.message}`)
  process.exit(1)
})
