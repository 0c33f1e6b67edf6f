import { DEMO_HOOKS_SECRET, DEMO_PARK_HOOKS_SECRET, HOOK_HEADERS, HOOK_TOLERANCE_MS, hookSignatureProblem } from "@aem/job-contracts"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ICacheService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * Only holders of the secret may call a /hooks route: each request is signed over its timestamp and
 * raw body. A signature already used within the tolerance window is a replay and is refused too (the
 * handlers are idempotent, so a replay racing its original does no harm). The secret is read per
 * request, so tests and restarts with another secret need no reload.
 */
export const signedHook = (secretOf: () => string) =>
  async function verifySignedHook(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
    const headers = { timestamp: req.get(HOOK_HEADERS.timestamp), signature: req.get(HOOK_HEADERS.signature) }
    const problem = hookSignatureProblem(secretOf(), req.rawBody ?? "", headers)
    if (problem) return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, `Refused: ${problem}.`))
    const cache = req.scope.resolve<ICacheService>(Modules.CACHE)
    // Per path: the signature covers timestamp and body, and two calls to different routes with the same
    // body in the same millisecond (`{}` to two declarations' /submitted) are not replays of each other.
    const key = `aem:hook-signature:${req.originalUrl}:${headers.signature}`
    if (await cache.get(key)) return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Refused: this signed request was already received (replay). Sign each request anew."))
    await cache.set(key, 1, Math.ceil((2 * HOOK_TOLERANCE_MS) / 1000))
    next()
  }

/** The workers' secret: only they hand declarations, receipts and allocations back. */
export const verifyWorkersHook = signedHook(() => process.env.HOOKS_SECRET || DEMO_HOOKS_SECRET)

/** The secret shared with the parks' and carriers' systems, for the events they send. */
export const verifyParkHook = signedHook(() => process.env.PARK_HOOKS_SECRET || DEMO_PARK_HOOKS_SECRET)
