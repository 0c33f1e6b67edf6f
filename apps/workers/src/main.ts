import { backendClient } from "./backend"
import { loadConfig } from "./config"
import { startReceiptPoller } from "./customs/receipts"
import { FolderTransport } from "./customs/transport"
import { createHandlers } from "./handlers"
import { startHealthServer } from "./health"
import { startWorkerPool } from "./pool"

async function main() {
  const config = loadConfig()
  const pool = startWorkerPool(config, createHandlers(config))
  const stopReceipts = startReceiptPoller(
    new FolderTransport(config.customsExchangeDir),
    backendClient(config.backendUrl, config.hooksSecret),
    config.customsPollIntervalMs,
    (line) => console.log(`workers: ${line}`)
  )
  const server = await startHealthServer(pool, config.healthPort)
  const queues = pool.workers.map((w) => w.name).join(", ")
  console.log(`workers: consuming ${queues}; customs receipts from ${config.customsExchangeDir}/inbox; health on http://localhost:${config.healthPort}/health`)

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`workers: ${signal} received, finishing active jobs (up to ${config.shutdownTimeoutMs} ms)`)
    server.close()
    await stopReceipts()
    const { forced } = await pool.close(config.shutdownTimeoutMs)
    console.log(forced ? "workers: stopped; unfinished jobs will be retried" : "workers: stopped cleanly")
    process.exit(0)
  }
  process.on("SIGTERM", () => void stop("SIGTERM"))
  process.on("SIGINT", () => void stop("SIGINT"))
}

main().catch((err) => {
  console.error(`workers: failed to start: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
})
