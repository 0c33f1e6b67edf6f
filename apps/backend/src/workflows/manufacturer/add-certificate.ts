import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { MANUFACTURER_MODULE } from "../../modules/manufacturer"
import { createCertificateStep, type CertificateInput } from "./steps/create-certificate"

/** A certificate now covers some products (search shows it as a facet of them). */
export const CERTIFICATE_ADDED = "manufacturer-certificate.added"

type AddCertificateInput = Omit<CertificateInput, "file_id" | "file_url"> & {
  file: { filename: string; mimeType: string; content: string }
  productIds: string[]
}

/** Stores the scan with the file module, records the certificate and links the products it covers. */
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
  emitEventStep(transform({ certificate }, ({ certificate }) => ({ eventName: CERTIFICATE_ADDED, data: { id: certificate.id } })))
  return new WorkflowResponse(certificate)
})
