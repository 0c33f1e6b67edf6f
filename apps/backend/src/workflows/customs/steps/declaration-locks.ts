import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomUUID } from "crypto"

/** Long enough for a batch of 50 receipts under load; a crashed holder's locks lapse after `TTL_S`. */
const WAIT_S = 30
const TTL_S = 60

const keyOf = (declarationId: string) => `declaration:${declarationId}`

type DeclarationLock = { keys: string[]; ownerId: string }

const release = async (container: MedusaContainer, lock: DeclarationLock | undefined) => {
  if (lock?.keys.length) await container.resolve(Modules.LOCKING).release(lock.keys, { ownerId: lock.ownerId })
}

/**
 * Locks declarations for a workflow that reads their status and then moves them: customs' receipts
 * and the workers' "submitted" arrive at the same time for the same declaration, and without the lock
 * one would move it from a status the other had already left. Keys are taken one at a time in sorted
 * order, with an owner unique to the run, so two runs wanting some of the same declarations never each
 * hold one the other waits for (Medusa's acquireLockStep takes them all at once and keeps whatever it
 * got when one is busy). Compensation releases them; `unlockDeclarationsStep` ends the run.
 */
export const lockDeclarationsStep = createStep(
  "lock-declarations",
  async (declarationIds: string[], { container }) => {
    const locking = container.resolve(Modules.LOCKING)
    const ownerId = `declarations:${randomUUID()}`
    const keys = [...new Set(declarationIds)].sort().map(keyOf)
    const held: string[] = []
    const giveUpAt = Date.now() + WAIT_S * 1000
    try {
      for (const key of keys) {
        for (;;) {
          try {
            await locking.acquire(key, { ownerId, expire: TTL_S })
            held.push(key)
            break
          } catch (e) {
            if (Date.now() >= giveUpAt) throw e
            await new Promise((r) => setTimeout(r, 50 + Math.random() * 100))
          }
        }
      }
    } catch (e) {
      await release(container, { keys: held, ownerId })
      throw e
    }
    return new StepResponse({ keys, ownerId }, { keys, ownerId })
  },
  (lock, { container }) => release(container, lock)
)

export const unlockDeclarationsStep = createStep("unlock-declarations", async (lock: DeclarationLock, { container }) => {
  await release(container, lock)
  return new StepResponse(true)
})
