import { assertServingSecrets } from "@aem/job-contracts"
import { backendClient } from "./backend"
import { loadConfig } from "./config"
import { startReceiptPoller } from "./customs/receipts"
import { FolderTransport } from "./customs/transport"
import { createHandlers } from "./handlers"
import { startHealthServer } from "./health"
import { startWorkerPool } from "./pool"
import { stopOnSignals } from "./shutdown"

/** Tests and a developer's own runs may use the demo secrets; any other start has this installation's own. */
const demoSecretsAllowed = ["test", "development"].includes(process.env.NODE_ENV ?? "")

async function main() {
  if (!demoSecretsAllowed) assertServingSecrets(process.env, ["HOOKS_SECRET", "PARK_HOOKS_SECRET"], "The workers")
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
