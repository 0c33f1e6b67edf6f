import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMS_MODULE } from "../../../modules/customs"
import type CustomsModuleService from "../../../modules/customs/service"
import { declarationTransitionProblem, type DeclarationStatus } from "../../../modules/customs/status"

const customs = (container: { resolve: <T>(key: string) => T }) => container.resolve<CustomsModuleService>(CUSTOMS_MODULE)

export type NewCustomsMessage = {
  declaration_id: string
  version?: number
  type: string
  direction: "out" | "in"
  guid: string
  head_guid?: string | null
  xml: string
  status: string
  return_status?: string | null
  return_info?: string | null
  return_time?: string | null
}

/** Stores messages; their unique guids make a concurrent second store fail here instead of duplicating. */
export const createCustomsMessagesStep = createStep(
  "create-customs-messages",
  async (messages: NewCustomsMessage[], { container }) => {
    if (!messages.length) return new StepResponse([], [] as string[])
    const created = await customs(container).createCustomsMessages(messages)
    return new StepResponse(created, created.map((m) => m.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await customs(container).deleteCustomsMessages(ids)
  }
)

export type NewCustomsDocument = { declaration_id: string; version?: number; kind: "invoice" | "packing_list" | "origin_application"; filename: string; file_id: string; url: string }

export const createCustomsDocumentsStep = createStep(
  "create-customs-documents",
  async (documents: NewCustomsDocument[], { container }) => {
    const created = await customs(container).createCustomsDocuments(documents)
    return new StepResponse(created, created.map((d) => d.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await customs(container).deleteCustomsDocuments(ids)
  }
)

/** Declarations as they are now (after a lock, say), with what moving them and announcing it needs. */
export const readDeclarationsStep = createStep("read-declarations", async (ids: string[], { container }) => {
  const unique = [...new Set(ids)]
  const declarations = unique.length
    ? await customs(container).listDeclarations({ id: unique }, { select: ["id", "status", "version", "order_id", "manufacturer_id", "order_no"] })
    : []
  return new StepResponse(declarations)
})

export type DeclarationChange = {
  id: string
  to: DeclarationStatus
  by: string
  rejection_reason?: string | null
  cancellation_reason?: string
  warnings?: string[]
  problem?: string | null
}

type DeclarationRecord = Awaited<ReturnType<CustomsModuleService["retrieveDeclaration"]>>

/** Moves declarations along the status machine, recording who and when; the compensation puts them back. */
export const changeDeclarationsStep = createStep(
  "change-declarations",
  async (changes: DeclarationChange[], { container }) => {
    const service = customs(container)
    const previous: DeclarationRecord[] = []
    const updated: DeclarationRecord[] = []
    for (const change of changes) {
      const current = await service.retrieveDeclaration(change.id)
      const problem = declarationTransitionProblem(current.status, change.to)
      if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Declaration ${current.order_no} cannot become ${change.to}: ${problem}.`)
      previous.push(current)
      updated.push(
        await service.updateDeclarations({
          id: change.id,
          status: change.to,
          status_changed_at: new Date(),
          status_changed_by: change.by,
          ...(change.rejection_reason !== undefined && { rejection_reason: change.rejection_reason }),
          ...(change.cancellation_reason !== undefined && { cancellation_reason: change.cancellation_reason }),
          ...(change.warnings !== undefined && { warnings: change.warnings }),
          ...(change.problem !== undefined && { problem: change.problem }),
        })
      )
    }
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    for (const p of previous ?? []) {
      const { id, status, version, status_changed_at, status_changed_by, rejection_reason, cancellation_reason, warnings, problem } = p
      await customs(container).updateDeclarations({ id, status, version, status_changed_at, status_changed_by, rejection_reason, cancellation_reason, warnings, problem })
    }
  }
)

export type MessageChange = { id: string; status: string; return_status?: string | null; return_info?: string | null; return_time?: string | null }
type MessageRecord = Awaited<ReturnType<CustomsModuleService["retrieveCustomsMessage"]>>

export const updateCustomsMessagesStep = createStep(
  "update-customs-messages",
  async (changes: MessageChange[], { container }) => {
    if (!changes.length) return new StepResponse([], [] as MessageRecord[])
    const service = customs(container)
    const previous = await service.listCustomsMessages({ id: changes.map((c) => c.id) })
    const updated = await service.updateCustomsMessages(changes)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await customs(container).updateCustomsMessages(
      previous.map(({ id, status, return_status, return_info, return_time }) => ({ id, status, return_status, return_info, return_time }))
    )
  }
)
