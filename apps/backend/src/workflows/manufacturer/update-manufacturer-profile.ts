import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { MANUFACTURER_MODULE } from "../../modules/manufacturer"
import type ManufacturerModuleService from "../../modules/manufacturer/service"
import type { ManufacturerProfile } from "./steps/create-manufacturer"

/** What a manufacturer may change itself; its legal identity (names, codes) only changes through review. */
export type ManufacturerProfileUpdate = Partial<
  Pick<ManufacturerProfile, "province" | "city" | "address" | "contact_name" | "contact_email" | "contact_phone"> & {
    founded_year: number
    description_en: string
  }
>

const updateProfileStep = createStep(
  "update-manufacturer-profile",
  async ({ id, update }: { id: string; update: ManufacturerProfileUpdate }, { container }) => {
    const service = container.resolve<ManufacturerModuleService>(MANUFACTURER_MODULE)
    const before = await service.retrieveManufacturer(id)
    const previous = Object.fromEntries(Object.keys(update).map((k) => [k, before[k as keyof typeof before]]))
    const updated = await service.updateManufacturers({ id, ...update })
    return new StepResponse(updated, { id, previous })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve<ManufacturerModuleService>(MANUFACTURER_MODULE).updateManufacturers({ id: undo.id, ...undo.previous })
  }
)

/** Emitted after a profile change: product pages show the profile (the catalogue read model re-reads them). */
export const MANUFACTURER_PROFILE_UPDATED = "manufacturer.profile_updated"

export const updateManufacturerProfileWorkflow = createWorkflow(
  "update-manufacturer-profile",
  (input: { id: string; update: ManufacturerProfileUpdate }) => {
    const updated = updateProfileStep(input)
    emitEventStep(transform({ input }, ({ input }) => ({ eventName: MANUFACTURER_PROFILE_UPDATED, data: { id: input.id } })))
    return new WorkflowResponse(updated)
  }
)
