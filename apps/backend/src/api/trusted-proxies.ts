import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isIP } from "node:net"

/**
 * Which peers may tell the backend who the client is (X-Forwarded-For): Express's `trust proxy`, from
 * `TRUSTED_PROXIES`. By default only loopback and private networks (nginx, the storefront and the portal on
 * this host or the cluster's network), so a client reaching the backend directly cannot pick its own address
 * for the per-address limits; Medusa itself trusts one hop from anyone. Express's forms: `true`/`false`, a
 * number of hops, or a comma-separated list of addresses, CIDR ranges and the names loopback, linklocal and
 * uniquelocal.
 */
export const DEFAULT_TRUSTED_PROXIES = "loopback, linklocal, uniquelocal"

const NAMES = new Set(["loopback", "linklocal", "uniquelocal"])

export function trustProxySetting(value: string | undefined = process.env.TRUSTED_PROXIES): boolean | number | string {
  const v = (value ?? "").trim() || DEFAULT_TRUSTED_PROXIES
  if (v === "true" || v === "false") return v === "true"
  if (/^\d+$/.test(v)) return Number(v)
  const wrong = v
    .split(",")
    .map((s) => s.trim())
    .filter((entry) => {
      if (NAMES.has(entry)) return false
      const [address, range, ...rest] = entry.split("/")
      if (rest.length || !isIP(address)) return true
      return range !== undefined && !/^\d{1,3}$/.test(range) && !isIP(range)
    })
  if (wrong.length) {
    throw new Error(
      `TRUSTED_PROXIES: ${wrong.map((w) => `"${w}"`).join(", ")} is not an address, a CIDR range or one of loopback, linklocal, uniquelocal (or use true, false or a number of hops)`
    )
  }
  return v
}

// Read as the routes load: a wrong value stops the backend at start-up, naming the variable.
const setting = trustProxySetting()
const configured = new WeakSet<object>()

/** Replaces Medusa's `trust proxy` (one hop from anyone) on the app before anything reads `req.ip`. */
export function trustConfiguredProxies(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!configured.has(req.app)) {
    req.app.set("trust proxy", setting)
    configured.add(req.app)
  }
  next()
}
