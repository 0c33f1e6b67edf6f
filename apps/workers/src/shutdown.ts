import type { WorkerPool } from "./pool"

/**
 * SIGTERM and SIGINT stop the process gracefully: stop taking jobs and run `beforeClose` (the health
 * server, the receipt poller), let active jobs finish within the timeout, then exit 0. A job still
 * running at the deadline is released and retried by another worker once its lock expires.
 */
export function stopOnSignals(
  pool: WorkerPool,
  { timeoutMs, beforeClose = async () => {}, log = (line) => console.log(line) }: { timeoutMs: number; beforeClose?: () => Promise<void>; log?: (line: string) => void }
) {
  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    log(`workers: ${signal} received, finishing active jobs (up to ${timeoutMs} ms)`)
    await beforeClose()
    const { forced } = await pool.close(timeoutMs)
    log(forced ? "workers: stopped; unfinished jobs will be retried" : "workers: stopped cleanly")
    process.exit(0)
  }
  process.on("SIGTERM", () => void stop("SIGTERM"))
  process.on("SIGINT", () => void stop("SIGINT"))
}
