import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MANUFACTURER_MODULE } from "../../../modules/manufacturer"
import type ManufacturerModuleService from "../../../modules/manufacturer/service"
import type { CERTIFICATE_TYPES } from "../../../modules/manufacturer/models/certificate"

export type CertificateInput = {
  manufacturer_id: string
  type: (typeof CERTIFICATE_TYPES)[number]
  number: string
  issuer: string
  valid_from: Date
  valid_until: Date
  file_id: string
  file_url: string
}

export const createCertificateStep = createStep(
  "create-manufacturer-certificate",
  async (input: CertificateInput, { container }) => {
    const service = container.resolve<ManufacturerModuleService>(MANUFACTURER_MODULE)
    const certificate = await service.createManufacturerCertificates(input)
    return new StepResponse(certificate, certificate.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ManufacturerModuleService>(MANUFACTURER_MODULE).deleteManufacturerCertificates(id)
  }
)
