import { HOOK_HEADERS, HOOK_TOLERANCE_MS, hookSignatureProblem, PARK_HEADER, parkSecrets, secretOrDemo } from "@aem/job-contracts"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ICacheService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * Only holders of the secret may call a /hooks route: each request is signed over its timestamp, path
 * and raw body. A signature already used within the tolerance window is a replay and is refused too (the
 * handlers are idempotent, so a replay racing its original does no harm). The secret is read per
 * request, so tests and restarts with another secret need no reload.
 */
export const signedHook = (secretOf: (req: MedusaRequest) => string) =>
  async function verifySignedHook(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
    const headers = { timestamp: req.get(HOOK_HEADERS.timestamp), signature: req.get(HOOK_HEADERS.signature) }
    let secret: string
    try {
      secret = secretOf(req)
    } catch (e) {
      return next(e)
    }
    const problem = hookSignatureProblem(secret, { path: req.originalUrl, body: req.rawBody ?? "" }, headers)
    if (problem) return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, `Refused: ${problem}.`))
    const cache = req.scope.resolve<ICacheService>(Modules.CACHE)
    const key = `aem:hook-signature:${headers.signature}`
    if (await cache.get(key)) return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Refused: this signed request was already received (replay). Sign each request anew."))
    await cache.set(key, 1, Math.ceil((2 * HOOK_TOLERANCE_MS) / 1000))
    next()
  }

/** The workers' secret: only they hand declarations, receipts and allocations back. */
export const verifyWorkersHook = signedHook(() => secretOrDemo(process.env, "HOOKS_SECRET"))

/**
 * The park's secret, for the events its system (or its carriers') sends: the park is named in a header, and
 * the route then takes events only for that park's consignments.
 */
export const verifyParkHook = signedHook((req) => {
  const park = req.get(PARK_HEADER)
  if (!park) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, `Refused: name the park you sign for in the ${PARK_HEADER} header (its code, e.g. JXP).`)
  return parkSecrets(process.env)(park)
})
