import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MANUFACTURER_MODULE } from "../../../modules/manufacturer"
import type ManufacturerModuleService from "../../../modules/manufacturer/service"
import { NEEDS_REASON, transitionError, type ManufacturerStatus } from "../../../modules/manufacturer/status"

export type ChangeStatusInput = {
  manufacturerId: string
  status: ManufacturerStatus
  reason?: string
  actor: { type: string; id: string }
}

/** Moves a manufacturer to a new status and records who, when and why. */
export const changeManufacturerStatusStep = createStep(
  "change-manufacturer-status",
  async (input: ChangeStatusInput, { container }) => {
    const service = container.resolve<ManufacturerModuleService>(MANUFACTURER_MODULE)
    const manufacturer = await service.retrieveManufacturer(input.manufacturerId)
    const previous = manufacturer.status as ManufacturerStatus
    const refused = transitionError(previous, input.status)
    if (refused) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refused)
    if (NEEDS_REASON.includes(input.status) && !input.reason?.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `A reason is required to mark a manufacturer ${input.status}.`)
    }
    await service.updateManufacturers({ id: manufacturer.id, status: input.status })
    const change = await service.createManufacturerStatusChanges({
      manufacturer_id: manufacturer.id,
      from_status: previous,
      to_status: input.status,
      reason: input.reason?.trim() || null,
      actor_type: input.actor.type,
      actor_id: input.actor.id,
    })
    return new StepResponse({ changeId: change.id, previous }, { id: manufacturer.id, previous, changeId: change.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<ManufacturerModuleService>(MANUFACTURER_MODULE)
    await service.deleteManufacturerStatusChanges(undo.changeId)
    await service.updateManufacturers({ id: undo.id, status: undo.previous })
  }
)
