import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Runs a hook's write for one business key at a time (Medusa's locking module, Redis-backed). Two
 * deliveries of the same job can overlap: a run whose worker stalled (a busy or killed process) is
 * taken over by another while the first may still be going. The second then finds what the first
 * stored, as a repeat does, instead of colliding with it on a unique constraint.
 */
export function oneAtATime<T>(scope: MedusaContainer, key: string, write: () => Promise<T>): Promise<T> {
  return scope.resolve(Modules.LOCKING).execute(key, write, { timeout: 60 })
}
