import { DEMO_HOOKS_SECRET, DEMO_PARK_HOOKS_SECRET } from "@aem/job-contracts"
import path from "path"
import { z } from "zod"

const Env = z.object({
  REDIS_URL: z.string().url().default("redis://127.0.0.1:6379"),
  WORKERS_HEALTH_PORT: z.coerce.number().int().min(0).max(65535).default(9100),
  WORKERS_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  WORKERS_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  /** How long a worker's lock on an active job lasts; a crashed worker's jobs are retried after it. */
  WORKERS_LOCK_DURATION_MS: z.coerce.number().int().min(500).default(30_000),
  /** How often workers look for jobs whose worker died (stalled jobs) and take them back. */
  WORKERS_STALLED_INTERVAL_MS: z.coerce.number().int().min(500).default(30_000),
  /** BullMQ key prefix; tests use their own so they never see each other's jobs. */
  WORKERS_QUEUE_PREFIX: z.string().min(1).default("bull"),
  /** Where the workers hand results back (signed POSTs to /hooks). */
  MEDUSA_BACKEND_URL: z.string().url().default("http://localhost:9000"),
  HOOKS_SECRET: z.string().min(16, "use at least 16 characters").default(DEMO_HOOKS_SECRET),
  /** Signs the manifests sent to the parks' systems (they check it as the backend checks our hooks). */
  PARK_HOOKS_SECRET: z.string().min(16, "use at least 16 characters").default(DEMO_PARK_HOOKS_SECRET),
  /** The single window exchange client's folders: outbox/ (to customs) and inbox/ (receipts). */
  CUSTOMS_EXCHANGE_DIR: z.string().min(1).default(path.resolve(".data/customs-exchange")),
  CUSTOMS_POLL_INTERVAL_MS: z.coerce.number().int().min(100).default(2000),
})

export type WorkersConfig = {
  redisUrl: string
  healthPort: number
  concurrency: number
  shutdownTimeoutMs: number
  prefix: string
  lockDurationMs: number
  stalledIntervalMs: number
  backendUrl: string
  hooksSecret: string
  parkHooksSecret: string
  customsExchangeDir: string
  customsPollIntervalMs: number
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): WorkersConfig {
  const parsed = Env.safeParse(env)
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")
    throw new Error(`Invalid workers configuration: ${reasons}`)
  }
  const e = parsed.data
  return {
    redisUrl: e.REDIS_URL,
    healthPort: e.WORKERS_HEALTH_PORT,
    concurrency: e.WORKERS_CONCURRENCY,
    shutdownTimeoutMs: e.WORKERS_SHUTDOWN_TIMEOUT_MS,
    prefix: e.WORKERS_QUEUE_PREFIX,
    lockDurationMs: e.WORKERS_LOCK_DURATION_MS,
    stalledIntervalMs: e.WORKERS_STALLED_INTERVAL_MS,
    backendUrl: e.MEDUSA_BACKEND_URL,
    hooksSecret: e.HOOKS_SECRET,
    parkHooksSecret: e.PARK_HOOKS_SECRET,
    customsExchangeDir: e.CUSTOMS_EXCHANGE_DIR,
    customsPollIntervalMs: e.CUSTOMS_POLL_INTERVAL_MS,
  }
}
