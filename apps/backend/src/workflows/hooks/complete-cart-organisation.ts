import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { ORGANISATION_MODULE } from "../../modules/organisation"
import { organisations } from "../organisation/steps/organisations"
import { approvalNeededMessage, approvalRejectedMessage, CART_ORGANISATION_KEY, checkSpending } from "../organisation/spending"

/**
 * A member's carts for their organisation are completed one at a time (the member's lock, held from the check to
 * the order's link to the organisation), so two carts completed at once cannot both fit under the same limit: the
 * second is checked with the first already counted. The lock lapses on its own if the process dies.
 */
const WAIT_MS = 30_000
const TTL_S = 120

export type SpendingLock = { key: string; ownerId: string }

const lockKey = (memberId: string) => `organisation-spending:${memberId}`

async function acquire(container: Pick<MedusaContainer, "resolve">, lock: SpendingLock) {
  const locking = container.resolve(Modules.LOCKING)
  const giveUpAt = Date.now() + WAIT_MS
  for (;;) {
    try {
      await locking.acquire(lock.key, { ownerId: lock.ownerId, expire: TTL_S })
      return
    } catch (e) {
      if (Date.now() >= giveUpAt) throw e
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 100))
    }
  }
}

const release = (container: Pick<MedusaContainer, "resolve">, lock: SpendingLock | undefined) =>
  lock ? container.resolve(Modules.LOCKING).release(lock.key, { ownerId: lock.ownerId }) : undefined

/**
 * For a cart checked out for an organisation: takes the member's lock and checks the limit under it; the lock is
 * handed back by `releaseSpendingLock` (the validate hook's compensation) or once the order is linked.
 */
export async function holdOrganisationSpending(container: Pick<MedusaContainer, "resolve">, cartId: string): Promise<SpendingLock | undefined> {
  const first = await checkSpending(container, cartId)
  if (!first) return undefined
  const lock = { key: lockKey(first.member_id), ownerId: `cart:${cartId}` }
  await acquire(container, lock)
  try {
    const check = await checkSpending(container, cartId)
    if (check?.needs_approval && !check.approval_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, check.rejection ? approvalRejectedMessage(check) : approvalNeededMessage(check))
    }
  } catch (e) {
    await release(container, lock)
    throw e
  }
  return lock
}

export const releaseSpendingLock = release

type OrderCreated = { order_id: string; cart_id: string }
export type OrganisationOrderUndo = { organisation_id: string; order_id: string; approval_ids: string[] }

/** The order placed for an organisation is linked to it, its approval used up, and the member's lock let go. */
export async function linkOrganisationOrder(container: MedusaContainer, { order_id, cart_id }: OrderCreated): Promise<OrganisationOrderUndo | undefined> {
  const { data: carts } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["customer_id", "metadata"],
    filters: { id: cart_id },
  })
  const organisationId = carts[0]?.metadata?.[CART_ORGANISATION_KEY] as string | undefined
  if (!organisationId) return undefined
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [ORGANISATION_MODULE]: { organisation_id: organisationId },
    [Modules.ORDER]: { order_id },
  })
  const service = organisations(container)
  const approved = await service.listOrganisationApprovals({ cart_id, status: "approved" })
  if (approved.length) await service.updateOrganisationApprovals(approved.map((a) => ({ id: a.id, status: "used" as const, order_id })))
  const [member] = await service.listOrganisationMembers({ customer_id: carts[0]!.customer_id ?? "" })
  if (member) await release(container, { key: lockKey(member.id), ownerId: `cart:${cart_id}` })
  return { organisation_id: organisationId, order_id, approval_ids: approved.map((a) => a.id) }
}

export async function unlinkOrganisationOrder(container: MedusaContainer, undo: OrganisationOrderUndo | undefined) {
  if (!undo) return
  await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
    [ORGANISATION_MODULE]: { organisation_id: undo.organisation_id },
    [Modules.ORDER]: { order_id: undo.order_id },
  })
  if (undo.approval_ids.length) {
    await organisations(container).updateOrganisationApprovals(undo.approval_ids.map((id) => ({ id, status: "approved" as const, order_id: null })))
  }
}
