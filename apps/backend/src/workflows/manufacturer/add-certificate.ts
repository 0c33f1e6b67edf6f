import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MANUFACTURER_MODULE } from "../../modules/manufacturer"
import { SUPERVISION_MODULE } from "../../modules/supervision"
import type SupervisionModuleService from "../../modules/supervision/service"
import { liftProductHoldsStep } from "../supervision/steps/product-holds"
import { createCertificateStep, type CertificateInput } from "./steps/create-certificate"

/** A certificate now covers some products (search shows it as a facet of them). */
export const CERTIFICATE_ADDED = "manufacturer-certificate.added"

type AddCertificateInput = Omit<CertificateInput, "file_id" | "file_url"> & {
  file: { filename: string; mimeType: string; content: string }
  productIds: string[]
  /** The manufacturer member who uploaded it (who lifts the holds it ends); the manufacturer when not said. */
  uploadedBy?: string
}

/**
 * The open expired-certificate holds this certificate ends: on the products it covers, held for an
 * expired certificate of its type, while it is valid today.
 */
const findHoldsEndedByCertificateStep = createStep(
  "find-holds-ended-by-certificate",
  async ({ certificate, productIds }: { certificate: Pick<CertificateInput, "type" | "valid_from" | "valid_until">; productIds: string[] }, { container }) => {
    const now = new Date()
    if (!productIds.length || new Date(certificate.valid_from) > now || new Date(certificate.valid_until) < now) return new StepResponse([] as string[])
    const holds = await container
      .resolve<SupervisionModuleService>(SUPERVISION_MODULE)
      .listProductHolds({ kind: "certificate_expired", product_id: productIds, lifted_at: null })
    const { data: lapsed } = holds.length
      ? await container
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "manufacturer_certificate", fields: ["id"], filters: { id: holds.map((h) => h.source_id), type: certificate.type } })
      : { data: [] }
    const ofType = new Set(lapsed.map((c) => c.id))
    return new StepResponse(holds.filter((h) => ofType.has(h.source_id)).map((h) => h.id))
  }
)

/**
 * Stores the scan with the file module, records the certificate and links the products it covers; a
 * valid certificate lifts those products' holds for an expired one of its type.
 */
export const addCertificateWorkflow = createWorkflow("add-manufacturer-certificate", (input: AddCertificateInput) => {
  const files = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ files: [{ ...input.file, access: "private" as const }] })),
  })
  const certificate = createCertificateStep(
    transform({ input, files }, ({ input, files }) => ({
      manufacturer_id: input.manufacturer_id,
      type: input.type,
      number: input.number,
      issuer: input.issuer,
      valid_from: input.valid_from,
      valid_until: input.valid_until,
      file_id: files[0].id,
      file_url: files[0].url,
    }))
  )
  const links = transform({ input, certificate }, ({ input, certificate }) =>
    input.productIds.map((product_id) => ({
      [MANUFACTURER_MODULE]: { manufacturer_certificate_id: certificate.id },
      [Modules.PRODUCT]: { product_id },
    }))
  )
  createRemoteLinkStep(links)
  const ended = findHoldsEndedByCertificateStep(transform({ input, certificate }, ({ input, certificate }) => ({ certificate, productIds: input.productIds })))
  liftProductHoldsStep(
    transform({ input, certificate, ended }, ({ input, certificate, ended }) => ({
      selector: { id: ended },
      lifted_by: input.uploadedBy ?? input.manufacturer_id,
      lift_reason: `valid ${certificate.type} certificate ${certificate.number} until ${new Date(certificate.valid_until).toISOString().slice(0, 10)}`,
    }))
  )
  emitEventStep(transform({ certificate }, ({ certificate }) => ({ eventName: CERTIFICATE_ADDED, data: { id: certificate.id } })))
  return new WorkflowResponse(certificate)
})
