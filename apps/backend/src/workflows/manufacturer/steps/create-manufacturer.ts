import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MANUFACTURER_MODULE } from "../../../modules/manufacturer"
import type ManufacturerModuleService from "../../../modules/manufacturer/service"

export type ManufacturerProfile = {
  handle: string
  legal_name_zh: string
  legal_name_en: string
  unified_social_credit_code: string
  customs_code: string
  province: string
  city: string
  address: string
  contact_name: string
  contact_email: string
  contact_phone: string
  founded_year?: number | null
  description_en?: string | null
}

export type OwnerInput = { email: string; first_name: string; last_name: string }

/** A new manufacturer awaiting review, with its owner as first member. */
export const createManufacturerWithOwnerStep = createStep(
  "create-manufacturer-with-owner",
  async ({ profile, owner }: { profile: ManufacturerProfile; owner: OwnerInput }, { container }) => {
    const service = container.resolve<ManufacturerModuleService>(MANUFACTURER_MODULE)
    const [sameHandle] = await service.listManufacturers({ handle: profile.handle })
    if (sameHandle) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `The handle "${profile.handle}" is taken: choose another.`)
    const [sameCode] = await service.listManufacturers({ unified_social_credit_code: profile.unified_social_credit_code })
    if (sameCode) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "A manufacturer with this unified social credit code is already registered.")
    }
    const manufacturer = await service.createManufacturers({ ...profile, status: "pending" })
    const member = await service.createManufacturerMembers({ ...owner, role: "owner", manufacturer_id: manufacturer.id })
    return new StepResponse({ manufacturer, member }, manufacturer.id)
  },
  async (manufacturerId, { container }) => {
    if (!manufacturerId) return
    // Deleting the manufacturer cascades to its members.
    await container.resolve<ManufacturerModuleService>(MANUFACTURER_MODULE).deleteManufacturers(manufacturerId)
  }
)
