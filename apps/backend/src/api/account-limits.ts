import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import IORedis from "ioredis"
import { trustConfiguredProxies } from "./trusted-proxies"
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"

/**
 * Login, registration, password reset and invitation acceptance, for every actor, are limited per address
 * (every request counts) and per account (the email: attempts that fail, and every password reset, which
 * mails the person). The counters live in Redis (rate-limiter-flexible), so every backend process shares them;
 * should Redis fail, each process keeps counting in memory. A limited request gets 429 with Retry-After.
 * The address is Express's `req.ip`, forwarded only by the proxies `TRUSTED_PROXIES` names (./trusted-proxies.ts).
 */
const Limits = z.object({
  AUTH_RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(300),
  AUTH_RATE_LIMIT_ACCOUNT_FAILURES: z.coerce.number().int().min(1).default(10),
  AUTH_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
})

type Limiters = { address: RateLimiterAbstract; account: RateLimiterAbstract; accountFailures: number }
let limiters: Limiters | undefined

/** Made on first use, so the settings are read once the app's environment is complete. */
function accountLimiters(): Limiters {
  if (limiters) return limiters
  const parsed = Limits.safeParse(process.env)
  if (!parsed.success) {
    throw new Error(`Account rate limits: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`)
  }
  const { AUTH_RATE_LIMIT_PER_ADDRESS: perAddress, AUTH_RATE_LIMIT_ACCOUNT_FAILURES: accountFailures, AUTH_RATE_LIMIT_WINDOW_SECONDS: duration } = parsed.data
  const storeClient = process.env.MEDUSA_DISABLE_REDIS === "true" ? undefined : new IORedis(process.env.REDIS_URL || "redis://127.0.0.1:6379", { enableOfflineQueue: false })
  // Errors reach the limiters' calls (which then count in memory), not the process.
  storeClient?.on("error", () => undefined)
  const limiter = (keyPrefix: string, points: number): RateLimiterAbstract => {
    const insuranceLimiter = new RateLimiterMemory({ keyPrefix, points, duration })
    return storeClient ? new RateLimiterRedis({ storeClient, keyPrefix, points, duration, insuranceLimiter }) : insuranceLimiter
  }
  limiters = { address: limiter("aem:auth-limit:address", perAddress), account: limiter("aem:auth-limit:account", accountFailures), accountFailures }
  return limiters
}

function tooMany(res: MedusaResponse, limited: RateLimiterRes, what: string) {
  const seconds = Math.max(1, Math.ceil(limited.msBeforeNext / 1000))
  res
    .status(429)
    .set("Retry-After", String(seconds))
    .json({ type: "too_many_requests", message: `Too many attempts ${what}: try again in ${Math.ceil(seconds / 60)} minute(s).` })
}

/** `everyRequest`: every request counts against the account, not only failed ones (password resets). */
const limitAttempts =
  ({ everyRequest }: { everyRequest: boolean }) =>
  async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const { address, account, accountFailures } = accountLimiters()
    // The account: the email of a login or registration, the identifier of a password reset.
    const body = req.body as { email?: unknown; identifier?: unknown } | undefined
    const named = body?.email ?? body?.identifier
    const email = typeof named === "string" ? named.trim().toLowerCase() : undefined
    try {
      if (email) {
        const spent = await account.get(email)
        if (spent && spent.consumedPoints >= accountFailures) return tooMany(res, spent, "for this account")
      }
      await address.consume(req.ip ?? "unknown")
    } catch (e) {
      if (e instanceof RateLimiterRes) return tooMany(res, e, "from this address")
      return next(e)
    }
    if (email) {
      res.once("finish", () => {
        if (everyRequest || res.statusCode >= 400) account.penalty(email).catch(() => undefined)
      })
    }
    next()
  }

// Medusa runs these before the middlewares for every path: the trusted proxies are set here too.
const post = (matcher: string, everyRequest = false): MiddlewareRoute => ({
  method: ["POST"],
  matcher,
  middlewares: [trustConfiguredProxies, limitAttempts({ everyRequest })],
})

/**
 * Every actor's login, registration and password routes (Medusa's), and the invitations' acceptance (Medusa's
 * own for platform staff runs its authentication first: requests without a login are refused before counting).
 */
export const accountLimitsMiddlewares: MiddlewareRoute[] = [
  post("/auth/:actor_type/emailpass"),
  post("/auth/:actor_type/emailpass/register"),
  post("/auth/:actor_type/emailpass/reset-password", true),
  post("/auth/:actor_type/emailpass/update"),
  post("/vendor/invites/accept"),
  post("/operator/invites/accept"),
  post("/partner/invites/accept"),
  post("/admin/invites/accept"),
]
