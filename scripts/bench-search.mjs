// npm run bench:search — search latency on 10,000 products, and the delay from a product update to
// its visibility in results. Uses its own database (aem_bench_search, or BENCH_DATABASE_URL) and port
// (BENCH_PORT, 9560): migrates and seeds it, starts the built backend as `npm start` does (it consumes
// events and index jobs), then runs apps/backend/src/scripts/bench-search.ts, which adds the 10,000
// products and prints the figures (in-process and over HTTP against that backend).
import { spawnSync } from "node:child_process"
import { createRequire } from "node:module"
import path from "node:path"

const require = createRequire(import.meta.url)
const stack = require("./lib/stack.cjs")
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
    MEDUSA_BACKEND_URL: `http://localhost:${port}`,
    LOG_LEVEL: "warn",
  }
  let backend
  try {
    await stack.ensureDatabase(env.DATABASE_URL)
    await stack.migrate(env)
    await stack.seed(env)
    backend = await stack.startBenchBackend(env, port)

    const res = spawnSync(path.join(stack.ROOT, "node_modules/.bin/medusa"), ["exec", "./src/scripts/bench-search.ts"], {
      cwd: path.join(stack.ROOT, "apps/backend"),
      // The backend's process group, for its CPU per query.
      env: { ...env, BENCH_BACKEND_URL: `http://localhost:${port}`, BENCH_BACKEND_PID: String(backend.pid) },
      stdio: "inherit",
    })
    if (res.status !== 0) throw new Error("the bench failed")
  } finally {
    if (backend && backend.exitCode === null) process.kill(-backend.pid, "SIGTERM")
    await pg.stop()
  }
}

main().catch((e) => {
  console.error(`bench:search: ${e.message}`)
  process.exit(1)
})
