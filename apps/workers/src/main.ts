import { backendClient } from "./backend"
import { loadConfig } from "./config"
import { startReceiptPoller } from "./customs/receipts"
import { FolderTransport } from "./customs/transport"
import { createHandlers } from "./handlers"
import { startHealthServer } from "./health"
import { startWorkerPool } from "./pool"
import { stopOnSignals } from "./shutdown"

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
  // Signals are handled before the process says it is consuming: whoever waits for that line may stop it next.
  stopOnSignals(pool, {
    timeoutMs: config.shutdownTimeoutMs,
    beforeClose: async () => {
      server.close()
      await stopReceipts()
    },
  })
  const queues = pool.workers.map((w) => w.name).join(", ")
  console.log(`workers: consuming ${queues}; customs receipts from ${config.customsExchangeDir}/inbox; health on http://localhost:${config.healthPort}/health`)
}

main().catch((err) => {
  console.error(`workers: failed to start: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
})
