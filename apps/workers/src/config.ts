import { DEMO_HOOKS_SECRET, DEMO_PARK_HOOKS_SECRET, parkSecrets } from "@aem/job-contracts"
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
  /**
   * How many times a job may be taken back from a stalled worker before it fails. Handlers are
   * idempotent, so a job caught by a busy process (its lock not renewed in time) or two crashes is
   * run again, not failed; the bound stops a job that kills every worker it runs on.
   */
  WORKERS_MAX_STALLED_COUNT: z.coerce.number().int().min(0).max(100).default(5),
  /** BullMQ key prefix; tests use their own so they never see each other's jobs. */
  WORKERS_QUEUE_PREFIX: z.string().min(1).default("bull"),
  /** Where the workers hand results back (signed POSTs to /hooks). */
  MEDUSA_BACKEND_URL: z.string().url().default("http://localhost:9000"),
  HOOKS_SECRET: z.string().min(16, "use at least 16 characters").default(DEMO_HOOKS_SECRET),
  /** Signs the manifests sent to the parks' systems (they check it as the backend checks our hooks). */
  PARK_HOOKS_SECRET: z.string().min(16, "use at least 16 characters").default(DEMO_PARK_HOOKS_SECRET),
  /** Each park's own secret, a JSON object of park code to secret; parks not in it use PARK_HOOKS_SECRET. */
  PARK_HOOKS_SECRETS: z.string().optional(),
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
  maxStalledCount: number
  backendUrl: string
  hooksSecret: string
  /** The secret a park's manifests are signed with, by park code. */
  parkSecret: (parkCode: string) => string
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
  let parkSecret: (parkCode: string) => string
  try {
    parkSecret = parkSecrets(e)
  } catch (error) {
    throw new Error(`Invalid workers configuration: ${(error as Error).message}`)
  }
  return {
    redisUrl: e.REDIS_URL,
    healthPort: e.WORKERS_HEALTH_PORT,
    concurrency: e.WORKERS_CONCURRENCY,
    shutdownTimeoutMs: e.WORKERS_SHUTDOWN_TIMEOUT_MS,
    prefix: e.WORKERS_QUEUE_PREFIX,
    lockDurationMs: e.WORKERS_LOCK_DURATION_MS,
    stalledIntervalMs: e.WORKERS_STALLED_INTERVAL_MS,
    maxStalledCount: e.WORKERS_MAX_STALLED_COUNT,
    backendUrl: e.MEDUSA_BACKEND_URL,
    hooksSecret: e.HOOKS_SECRET,
    parkSecret,
    customsExchangeDir: e.CUSTOMS_EXCHANGE_DIR,
    customsPollIntervalMs: e.CUSTOMS_POLL_INTERVAL_MS,
  }
}
